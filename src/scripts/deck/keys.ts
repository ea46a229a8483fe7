// Which key presses reveal.js may act on: not those meant for a control inside a slide (a simulation's slider or Play button).

const TYPING = 'input, select, textarea, [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="listbox"], [role="radiogroup"] *';
const PRESSABLE = 'button, summary, a[href], label, [role="button"], [role="tab"]';

/** False when the key belongs to the focused control: any key for text fields and sliders, Space and Enter for buttons. */
export function deckMayHandle(event: KeyboardEvent, within: Element | null = null): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (!target || !(within ? within.contains(target) : target.closest('.slides'))) return true;
  if (target.closest(TYPING)) return false;
  if ((event.key === ' ' || event.key === 'Enter') && target.closest(PRESSABLE)) return false;
  return true;
}
