// The slide rule: headings start slides, big blocks get their own, prose becomes notes, hook prose goes to the title slide.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { slideSection } from '~/lib/slides/deck-tree';
import { splitSlides, textOf, type Slide } from '~/lib/slides/split-slides';

const split = (html: string) => splitSlides(fromHtml(html.replace(/\n\s*/g, ''), { fragment: true }).children as never);
const headings = (slides: Slide[]) => slides.map((s) => (s.heading ? textOf(s.heading) : '') + (s.continued ? ' (cont.)' : ''));
const bodies = (slides: Slide[]) => slides.map((s) => s.body.map((b) => (b.type === 'element' ? b.tagName : b.type)).join(' '));
const notes = (slides: Slide[]) => slides.map((s) => s.notes.map(textOf).join(' | '));

describe('splitSlides', () => {
  it('sends the hook to the title slide notes and starts a slide at each h2 and h3', () => {
    const deck = split(`<p>Hook one.</p><p>Hook two.</p>
      <h2 id="a">A</h2><p>Prose of A.</p>
      <h3 id="a1">A.1</h3><ul><li>point</li></ul>
      <h2 id="b">B</h2>`);
    expect(deck.titleNotes.map(textOf)).toEqual(['Hook one.', 'Hook two.']);
    expect(headings(deck.slides)).toEqual(['A', 'A.1', 'B']);
    expect(notes(deck.slides)).toEqual(['Prose of A.', '', '']);
    expect(bodies(deck.slides)).toEqual(['', 'ul', '']);
    expect(deck.slides[1]!.section).toBe('A');
  });

  it('gives each figure, code block, table and simulation after the first its own slide under the same heading', () => {
    const deck = split(`<h2>A</h2><p>Lead.</p><figure class="figure"></figure><p>Between.</p><aside class="callout"></aside>
      <pre class="astro-code"></pre><figure class="code-figure"></figure><div class="table-scroll"></div><section class="simulation"></section>`);
    expect(headings(deck.slides)).toEqual(['A', 'A (cont.)', 'A (cont.)', 'A (cont.)', 'A (cont.)']);
    expect(bodies(deck.slides)).toEqual(['figure aside', 'pre', 'figure', 'div', 'section']);
    expect(notes(deck.slides)).toEqual(['Lead. | Between.', '', '', '', '']);
  });

  it('keeps small blocks on the slide before them and a big block after a small one on a new slide', () => {
    const deck = split(`<h2>A</h2><aside class="callout"></aside><section class="exercise"></section><ol></ol><div class="katex-display"></div>`);
    expect(bodies(deck.slides)).toEqual(['aside', 'section ol div']);
  });

  it('moves notes nested in a shown block (a solution in an exercise) to the slide notes', () => {
    const deck = split(`<h2>Exercises</h2><section class="exercise"><h3 class="exercise-title">Ex 1</h3><p>Do it.</p><aside class="notes"><p>Answer 1.</p></aside></section>
      <section class="exercise"><p>Ex 2.</p><aside class="notes"><p>Answer 2.</p></aside></section>`);
    expect(deck.slides).toHaveLength(2);
    expect(notes(deck.slides)).toEqual(['Answer 1.', 'Answer 2.']);
    expect(toHtml(deck.slides[0]!.body)).not.toContain('Answer');
  });

  it('honours <Speaker> notes, <Slide> breaks with or without a title, and shown-only paragraphs', () => {
    const deck = split(`<h2>A</h2><aside class="notes"><p>Say this.</p></aside><div class="slides-only"><p>On screen.</p></div>
      <hr data-slide-break=""><ul></ul><hr data-slide-break="" data-title="Own title"><p><img src="x.png" alt="x"></p>`);
    expect(headings(deck.slides)).toEqual(['A', 'A (cont.)', 'Own title']);
    expect(bodies(deck.slides)).toEqual(['div', 'ul', 'p']);
    expect(notes(deck.slides)).toEqual(['Say this.', '', '']);
  });

  it('opens untitled slides for shown blocks before the first h2 and keeps scripts out of slides', () => {
    const deck = split(`<p>Hook.</p><figure class="figure"></figure><script>x()</script><p>After.</p><h2>A</h2>`);
    expect(deck.titleNotes.map(textOf)).toEqual(['Hook.']);
    expect(headings(deck.slides)).toEqual(['', 'A']);
    expect(notes(deck.slides)).toEqual(['After.', '']);
    expect(deck.hoisted).toHaveLength(1);
  });
});

describe('slideSection', () => {
  it('wraps the body, drops the id from a repeated heading and marks simulation slides', () => {
    const deck = split(`<h2 id="a">A</h2><figure class="figure"></figure><p>Note.</p><section class="simulation"></section>`);
    const [first, second] = deck.slides.map((s, i) => toHtml(slideSection(s, i + 2)));
    expect(first).toBe('<section class="slide slide-figure" data-slide="2"><div class="slide-body"><h2 id="a">A</h2><figure class="figure"></figure></div><aside class="notes"><p>Note.</p></aside></section>');
    expect(second).toContain('<section class="slide slide-simulation" data-slide="3"><div class="slide-body"><h2 class="slide-continued">A</h2>');
    // reveal.js would take a <section> inside a slide for a nested slide.
    expect(second).toContain('<div class="simulation"></div>');
    const labelled = split(`<h2>A</h2><section class="predict" aria-label="Predict"></section>`);
    expect(toHtml(slideSection(labelled.slides[0]!, 2))).toContain('<div role="region" class="predict" aria-label="Predict"></div>');
  });
});
