// Turns <Tabs> blocks into an ARIA tab interface; tabs with the same label switch together on the page.
let count = 0;

function select(group: HTMLElement, label: string, focus = false) {
  for (const tab of group.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const on = tab.dataset['label'] === label;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
  }
  for (const panel of group.querySelectorAll<HTMLElement>(':scope > .tab-panel')) panel.hidden = panel.dataset['label'] !== label;
}

function selectEverywhere(label: string) {
  for (const group of document.querySelectorAll<HTMLElement>('.tabs.is-enhanced')) {
    if (group.querySelector(`[role="tab"][data-label="${CSS.escape(label)}"]`)) select(group, label);
  }
}

export function initTabs() {
  for (const group of document.querySelectorAll<HTMLElement>('[data-tabs]:not(.is-enhanced)')) {
    const panels = [...group.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
    if (panels.length === 0) continue;
    const list = document.createElement('div');
    list.className = 'tab-list';
    list.setAttribute('role', 'tablist');
    const tabs = panels.map((panel) => {
      const id = `tabs-${(count += 1)}`;
      const label = panel.dataset['label'] ?? '';
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${id}-tab`;
      tab.textContent = label;
      tab.dataset['label'] = label;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', `${id}-panel`);
      panel.id = `${id}-panel`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.addEventListener('click', () => selectEverywhere(label));
      return tab;
    });
    list.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
      const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (index < 0 || !(event.key in moves)) return;
      event.preventDefault();
      const next = tabs[(moves[event.key]! + tabs.length) % tabs.length]!;
      select(group, next.dataset['label']!, true);
    });
    list.append(...tabs);
    group.prepend(list);
    group.classList.add('is-enhanced');
    select(group, panels[0]!.dataset['label']!);
  }
}
