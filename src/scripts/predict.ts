// Predict-then-run: remembers the reader's choice and reveals the answer once they run the simulation.
import { SIM_RUN_EVENT, type SimRunDetail } from '../../simulations/host/announce-run';

const store = {
  get: (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Private mode: the prediction lasts for this page view.
    }
  },
};

function reveal(section: HTMLElement) {
  const details = section.querySelector<HTMLDetailsElement>('[data-predict-reveal]')!;
  const status = section.querySelector<HTMLElement>('[data-predict-status]')!;
  const picked = section.querySelector<HTMLInputElement>('input:checked');
  const answer = section.dataset['answer'];
  details.hidden = false;
  details.open = true;
  if (!picked) status.textContent = 'You ran it without predicting; next time, commit to a guess first.';
  else if (answer === undefined) status.textContent = 'You ran it. Compare what you saw with your prediction.';
  else status.textContent = picked.value === answer ? 'Your prediction was right.' : 'Not what you predicted: see why below.';
}

/**
 * Each question belongs to the first simulation after it on the page, so running one embed
 * reveals only its own questions when a lecture embeds the same simulation several times.
 */
function simulationAfter(section: HTMLElement): Element | null {
  const ordered = [...document.querySelectorAll('[data-predict], section.simulation')];
  return ordered.slice(ordered.indexOf(section) + 1).find((el) => el.matches('section.simulation')) ?? null;
}

/** Whether a run event is for this question: same simulation id and, when both are known, the same embed. */
function isOwnRun(section: HTMLElement, event: Event, target: Element | null): boolean {
  if ((event as CustomEvent<SimRunDetail>).detail.id !== section.dataset['sim']) return false;
  const from = event.target instanceof Element ? event.target.closest('section.simulation') : null;
  return from === null || target === null || from === target;
}

export function initPredictions() {
  for (const section of document.querySelectorAll<HTMLElement>('[data-predict]:not([data-ready])')) {
    section.dataset['ready'] = '';
    const key = section.dataset['key']!;
    const details = section.querySelector<HTMLDetailsElement>('[data-predict-reveal]')!;
    const saved = store.get(key);
    const ran = store.get(`${key}:ran`) === '1';
    const target = simulationAfter(section);
    if (saved !== null) section.querySelector<HTMLInputElement>(`input[value="${CSS.escape(saved)}"]`)?.setAttribute('checked', '');
    for (const input of section.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.addEventListener('change', () => store.set(key, input.value));
    }
    if (ran) reveal(section);
    else details.hidden = true; // without JavaScript the answer stays available behind its toggle
    window.addEventListener(SIM_RUN_EVENT, (event) => {
      if (!isOwnRun(section, event, target)) return;
      store.set(`${key}:ran`, '1');
      reveal(section);
    });
  }
}
