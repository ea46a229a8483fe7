// The lecture bar: what counts as prose, how code blocks are found, and the problems reported.
import { describe, expect, it } from 'vitest';
import { codeBlocks, lectureFacts, lectureProblems, proseWords } from '~/lib/lecture-bar';

describe('proseWords', () => {
  it('counts words in text and inside components, not code, SVG, attributes or the reading list', () => {
    const body = [
      'Relay scores every message.',
      '',
      '```python',
      'import json  # not prose',
      '```',
      '',
      '<Figure alt="many words of alt text here" caption="Figure 1. also not counted">',
      '<svg viewBox="0 0 10 10"><text>label words</text></svg>',
      '</Figure>',
      '',
      '<Callout type="pitfall" title="In production, titles are attributes">Watch the `p99` latency.</Callout>',
      '<Predict sim="x" question="q?" choices={["a b", "c > d"]} answer={1}>Two words.</Predict>',
      '',
      '<Speaker>',
      '',
      'Notes for the room are not on the page.',
      '',
      '</Speaker>',
      '<SlidesOnly>- nor is slide text</SlidesOnly>',
      '<NotesOnly>Only here.</NotesOnly>',
      '',
      '## Further reading',
      '',
      '<Reading title="A book">Not counted either.</Reading>',
    ].join('\n');
    // Relay scores every message. (4) Watch the x latency. (4) Two words. (2) Only here. (2); Speaker and SlidesOnly text is not on the page.
    expect(proseWords(body)).toBe(12);
  });
});

describe('codeBlocks', () => {
  it('finds each fenced block with its language and line', () => {
    const body = 'text\n\n```python title="x.py"\nprint(1)\n```\n\n~~~yaml\na: 1\n~~~\n';
    expect(codeBlocks(body)).toEqual([
      { lang: 'python', code: 'print(1)\n', line: 3 },
      { lang: 'yaml', code: 'a: 1\n', line: 7 },
    ]);
  });
});

describe('lectureProblems', () => {
  it('says what falls short and what to do', () => {
    const facts = lectureFacts('Short.\n\n<Exercise title="A">x</Exercise>\n\n## Key takeaways\n\n- one\n', 2);
    expect(lectureProblems(facts)).toEqual([
      'has 5 words of prose; write 1800–3000 (code and figures not counted)',
      'has 2 objectives; list 3–5',
      'has 0 figures; add at least 2 <Figure> diagrams',
      'has 1 exercises; write 3–6',
      'has 1 exercises but 0 solutions; give every <Exercise> a <Solution>',
      'has 1 key takeaways; write 3–5 bullets under "## Key takeaways"',
      'has 0 readings; list at least 3 <Reading> entries under "## Further reading"',
    ]);
  });
});
