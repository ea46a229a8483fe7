import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '~/markdown/code-meta';

const lines = (meta: string) => [...parseCodeMeta(meta).highlight].sort((a, b) => a - b);

describe('code fence meta', () => {
  it('reads a title in double or single quotes', () => {
    expect(parseCodeMeta('title="relay_scorer/app.py"').title).toBe('relay_scorer/app.py');
    expect(parseCodeMeta("title='a b.sql'").title).toBe('a b.sql');
    expect(parseCodeMeta(undefined)).toEqual({ highlight: new Set() });
  });

  it('reads single lines and ranges, in any order', () => {
    expect(lines('{3,5-7}')).toEqual([3, 5, 6, 7]);
    expect(lines('title="x" {9-8, 1}')).toEqual([1, 8, 9]);
  });

  it('does not take braces inside the title for line numbers', () => {
    const meta = parseCodeMeta('title="{1}.py" {2}');
    expect(meta.title).toBe('{1}.py');
    expect([...meta.highlight]).toEqual([2]);
  });

  it('ignores what it does not understand', () => {
    expect(lines('{a-b}')).toEqual([]);
    expect(parseCodeMeta('showLineNumbers').title).toBeUndefined();
  });
});
