// Splits a rendered lecture body (hast) into slides with speaker notes, by the rule in README "Slides". Pure.
import type { Element, ElementContent } from 'hast';
import { blockKind } from './block-kind';

export interface Slide {
  /** The h2 or h3 the slide belongs to; continuation slides repeat it. Undefined before the first h2. */
  heading?: Element | undefined;
  /** The h2 an h3 slide sits under, as text, shown small above its heading. */
  section?: string | undefined;
  /** True for the second and later slides under one heading. */
  continued: boolean;
  /** What the audience sees, in order. */
  body: ElementContent[];
  /** What only the speaker sees: plain paragraphs, <Speaker> notes, exercise solutions. */
  notes: ElementContent[];
}

export interface SplitDeck {
  /** Notes for the title slide: the lecture's opening (hook) paragraphs. */
  titleNotes: ElementContent[];
  slides: Slide[];
  /** Scripts and styles that sat between blocks; the page keeps them outside the slides. */
  hoisted: ElementContent[];
}

export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

/** Notes nested inside a shown block (a solution inside an exercise) move to the slide's notes. */
function takeNestedNotes(node: ElementContent, notes: ElementContent[]): ElementContent {
  if (node.type !== 'element') return node;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'aside' && blockKind(child) === 'notes') notes.push(child);
    else children.push(takeNestedNotes(child, notes));
  }
  return { ...node, children };
}

export function splitSlides(blocks: readonly ElementContent[]): SplitDeck {
  const titleNotes: ElementContent[] = [];
  const slides: Slide[] = [];
  const hoisted: ElementContent[] = [];
  let current: Slide | undefined;
  let heading: Element | undefined;
  let section: string | undefined;

  const start = (continued: boolean, withHeading = heading) => {
    current = { heading: withHeading, section: withHeading?.tagName === 'h3' ? section : undefined, continued, body: [], notes: [] };
    slides.push(current);
    return current;
  };
  /** Before the first h2, prose belongs to the title slide and shown blocks open untitled slides. */
  const notesTarget = () => current?.notes ?? titleNotes;

  for (const block of blocks) {
    const kind = blockKind(block);
    if (kind === 'skip') continue;
    if (kind === 'hoist') {
      hoisted.push(block);
    } else if (kind === 'notes') {
      notesTarget().push(block);
    } else if (kind === 'heading') {
      heading = block as Element;
      if (heading.tagName === 'h2') section = textOf(heading).trim();
      start(false);
    } else if (kind === 'break') {
      const title = (block as Element).properties['dataTitle'];
      const own = typeof title === 'string' && title ? { type: 'element' as const, tagName: heading?.tagName ?? 'h2', properties: {}, children: [{ type: 'text' as const, value: title }] } : undefined;
      start(!own && heading !== undefined, own ?? heading);
    } else {
      // A big block gets its own slide unless the slide shows nothing but its heading yet.
      const slide = !current || (kind === 'big' && current.body.length > 0) ? start(current !== undefined && heading !== undefined) : current;
      const notes: ElementContent[] = [];
      slide.body.push(takeNestedNotes(block, notes));
      slide.notes.push(...notes);
    }
  }
  return { titleNotes, slides, hoisted };
}
