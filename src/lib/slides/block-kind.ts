// What one top-level block of a rendered lecture body does in the deck: starts a slide, shows, goes to the notes, or rides along.
import type { ElementContent } from 'hast';

/**
 * - heading: h2 or h3, starts a slide.
 * - break: an author's <Slide /> marker, starts a continuation slide.
 * - big: fills a slide (figure, code, table, simulation, Predict, exercise, tabs); gets a slide of its
 *   own unless it is the first thing shown after the heading.
 * - small: shown on the current slide (lists, callouts, math, <SlidesOnly>, readings, h4–h6).
 * - notes: read aloud, not shown (plain paragraphs and <Speaker>).
 * - hoist: scripts and styles Astro put in the body; kept, outside any slide.
 * - skip: whitespace and comments.
 */
export type BlockKind = 'heading' | 'break' | 'big' | 'small' | 'notes' | 'hoist' | 'skip';

const BIG_CLASSES = ['figure', 'code-figure', 'astro-code', 'table-scroll', 'simulation', 'predict', 'exercise', 'tabs', 'code-block'];
const HOISTED_TAGS = new Set(['script', 'style', 'link', 'template']);

export function classes(node: ElementContent): string[] {
  if (node.type !== 'element') return [];
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** A paragraph whose only content is an image or display math is shown, not read. */
function isProse(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'p') return false;
  const content = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const showsOnly = content.length === 1 && content[0]!.type === 'element' && (content[0]!.tagName === 'img' || classes(content[0]!).includes('katex-display'));
  return !showsOnly;
}

export function blockKind(node: ElementContent): BlockKind {
  if (node.type === 'text') return node.value.trim() ? 'notes' : 'skip';
  if (node.type !== 'element') return 'skip';
  const tag = node.tagName;
  if (tag === 'h2' || tag === 'h3') return 'heading';
  if (tag === 'hr' && node.properties['dataSlideBreak'] !== undefined) return 'break';
  if (HOISTED_TAGS.has(tag)) return 'hoist';
  if (tag === 'aside' && classes(node).includes('notes')) return 'notes';
  if (isProse(node)) return 'notes';
  if (tag === 'pre' || tag === 'table' || classes(node).some((c) => BIG_CLASSES.includes(c))) return 'big';
  return 'small';
}
