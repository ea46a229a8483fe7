// Turns split slides into reveal.js <section> elements (hast): visible body in .slide-body, notes in <aside class="notes">. Pure.
import type { Element, ElementContent } from 'hast';
import type { Slide } from './split-slides';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/** A continuation slide repeats its heading without the id, so ids stay unique on the page. */
function headingFor(slide: Slide): Element | undefined {
  if (!slide.heading) return undefined;
  if (!slide.continued) return slide.heading;
  const properties = Object.fromEntries(Object.entries(slide.heading.properties).filter(([name]) => name !== 'id'));
  return { ...slide.heading, properties: { ...properties, className: ['slide-continued'] } };
}

export function notesAside(notes: readonly ElementContent[]): Element[] {
  return notes.length ? [el('aside', { className: ['notes'] }, [...notes])] : [];
}

/**
 * reveal.js reads any <section> inside a slide as a nested (vertical) slide, so the sections that
 * components render (simulation, Predict, exercise) become <div>s; labelled ones keep their landmark role.
 */
function withoutSections(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const children = node.children.map(withoutSections);
  if (node.tagName !== 'section') return { ...node, children };
  const labelled = node.properties['ariaLabel'] !== undefined || node.properties['ariaLabelledBy'] !== undefined;
  return { ...node, tagName: 'div', properties: labelled ? { role: 'region', ...node.properties } : node.properties, children };
}

/** One <section> per slide; `number` is the slide's 1-based position in the whole deck (the title slide is 1). */
export function slideSection(slide: Slide, number: number): Element {
  const heading = headingFor(slide);
  const eyebrow = slide.section ? [el('p', { className: ['slide-eyebrow'] }, [text(slide.section)])] : [];
  const kinds = slide.body.flatMap((b) => (b.type === 'element' && Array.isArray(b.properties['className']) ? b.properties['className'].map(String) : []));
  const className = ['slide', ...(kinds.includes('simulation') ? ['slide-simulation'] : []), ...(kinds.includes('figure') ? ['slide-figure'] : [])];
  return el('section', { className, dataSlide: String(number) }, [
    el('div', { className: ['slide-body'] }, [...eyebrow, ...(heading ? [heading] : []), ...slide.body.map(withoutSections)]),
    ...notesAside(slide.notes),
  ]);
}
