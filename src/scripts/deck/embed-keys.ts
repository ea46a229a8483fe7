// In a simulation embedded on a slide (?deck=1), slide keys pressed inside it move the deck, unless a control needs them.
import { inDeckFrame } from './embed-layout';
import { deckMayHandle } from './keys';

const FORWARDED = new Set(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Escape']);

export function forwardDeckKeys(): void {
  if (!inDeckFrame()) return;
  document.addEventListener('keydown', (event) => {
    if (!FORWARDED.has(event.key) || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Sliders and selects use the arrows themselves; here the whole page counts as "inside the slide".
    if (!deckMayHandle(event, document.body)) return;
    window.parent.postMessage({ type: 'deck-key', key: event.key }, window.location.origin);
  });
}
