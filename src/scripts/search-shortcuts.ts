// Opens search from the header button, "/" or Ctrl/Cmd-K; the dialog module is fetched on first use.
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

async function open(trigger: HTMLElement | null) {
  const { openSearch } = await import('./search-dialog');
  openSearch(trigger);
}

export function initSearchShortcuts() {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  button?.addEventListener('click', () => void open(button));
  document.addEventListener('keydown', (event) => {
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    if (!ctrlK && !slash) return;
    if (document.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    void open(button);
  });
}
