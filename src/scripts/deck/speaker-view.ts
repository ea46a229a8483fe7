// The speaker view page: shows the deck's current notes, the next slide and a timer; its keys and buttons move the deck.
import { formatElapsed, isDeckMessage, speakerChannel, type SpeakerCommand } from '~/lib/slides/speaker-protocol';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function startTimer() {
  let started = Date.now();
  let pausedAt: number | null = null;
  const elapsed = $('[data-speaker-elapsed]');
  const clock = $('[data-speaker-clock]');
  const pause = $<HTMLButtonElement>('[data-speaker-pause]');
  const tick = () => {
    elapsed.textContent = formatElapsed(((pausedAt ?? Date.now()) - started) / 1000);
    clock.textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  };
  pause.addEventListener('click', () => {
    if (pausedAt === null) pausedAt = Date.now();
    else {
      started += Date.now() - pausedAt;
      pausedAt = null;
    }
    pause.textContent = pausedAt === null ? 'Pause' : 'Resume';
    tick();
  });
  $('[data-speaker-reset]').addEventListener('click', () => {
    started = Date.now();
    if (pausedAt !== null) pausedAt = started;
    tick();
  });
  tick();
  setInterval(tick, 1000);
}

const KEYS: Record<string, 'next' | 'prev' | 'first' | 'last'> = { ArrowRight: 'next', ArrowDown: 'next', ' ': 'next', PageDown: 'next', ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev', Home: 'first', End: 'last' };

export function startSpeakerView() {
  const root = $('[data-speaker]');
  const channel = new BroadcastChannel(speakerChannel(root.dataset['speaker']!));
  const send = (command: SpeakerCommand) => channel.postMessage(command);
  channel.addEventListener('message', (event: MessageEvent<unknown>) => {
    const state = event.data;
    if (!isDeckMessage(state) || state.type !== 'state') return;
    $('[data-speaker-position]').textContent = `Slide ${state.index + 1} of ${state.total}`;
    $('[data-speaker-title]').textContent = state.title;
    // The notes are HTML from the deck page of this same site, built from the course's own MDX.
    $('[data-speaker-notes]').innerHTML = state.notes || '<p class="speaker-empty">No notes for this slide.</p>';
    $('[data-speaker-next]').textContent = state.next ?? 'End of the deck';
    document.title = `${state.index + 1}/${state.total} · ${document.title.replace(/^\d+\/\d+ · /, '')}`;
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-speaker-go]')) {
    button.addEventListener('click', () => send({ type: 'go', to: button.dataset['speakerGo'] as 'next' | 'prev' }));
  }
  document.addEventListener('keydown', (event) => {
    const to = KEYS[event.key];
    if (!to || event.altKey || event.ctrlKey || event.metaKey || (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter'))) return;
    event.preventDefault();
    send({ type: 'go', to });
  });
  startTimer();
  send({ type: 'hello' });
}
