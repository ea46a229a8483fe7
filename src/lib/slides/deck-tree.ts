// Turns split slides into reveal.js <section> elements (hast): visible body in .slide-body, notes in <aside class="notes">. Pure.
import type { Element, ElementContent } from 'hast';
import type { Slide } from './split-slides';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** A continuation slide repeats its heading without the id, so ids stay unique on the page. */
function headingFor(slide: Slide): Element | undefined {
  if (!slide.heading) return undefined;
  if (!slide.continued) return slide.heading;
  const { id: _id, ...properties } = slide.heading.properties;
  return { ...slide.heading, properties: { ...properties, className: ['slide-continued'] } };
}

export function notesAside(notes: readonly ElementContent[]): Element[] {
  return notes.length ? [el('aside', { className: ['notes'] }, [...notes])] : [];
}

/** One <section> per slide; `number` is the slide's 1-based position in the whole deck (the title slide is 1). */
export function slideSection(slide: Slide, number: number): Element {
  const heading = headingFor(slide);
  const eyebrow = slide.section ? [el('p', { className: ['slide-eyebrow'] }, [text(slide.section)])] : [];
  const kinds = slide.body.flatMap((b) => (b.type === 'element' && Array.isArray(b.properties['className']) ? b.properties['className'].map(String) : []));
  const className = ['slide', ...(kinds.includes('simulation') ? ['slide-simulation'] : []), ...(kinds.includes('figure') ? ['slide-figure'] : [])];
  return el('section', { className, dataSlide: String(number) }, [
    el('div', { className: ['slide-body'] }, [...eyebrow, ...(heading ? [heading] : []), ...slide.body]),
    ...notesAside(slide.notes),
  ]);
}
