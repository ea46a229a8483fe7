// The code-block check must flag a missing language and Python or YAML that does not parse, at the right line.
import { describe, expect, it } from 'vitest';
import { codeBlocks } from '~/lib/lecture-bar';
import { codeProblems } from '../../scripts/code-parse';

const page = (...blocks: string[]) => blocks.join('\n\nSome prose.\n\n');

describe('codeProblems', () => {
  it('accepts valid Python, YAML and unchecked languages', () => {
    const body = page('```python\nimport json\nprint(json.dumps({"a": 1}))\n```', '```yaml\nservices:\n  relay-pg:\n    image: postgres:16\n```', '```sql\nSELEC broken;\n```');
    expect(codeProblems(codeBlocks(body))).toEqual([]);
  });

  it('reports Python that does not parse at its line in the page', () => {
    const body = page('```python\nimport json\n\ndef broken(:\n    pass\n```');
    expect(codeProblems(codeBlocks(body))).toEqual([{ line: 4, message: expect.stringContaining('Python does not parse') }]);
  });

  it('skips interactive-session transcripts', () => {
    expect(codeProblems(codeBlocks('```python\n>>> 1 +\n```'))).toEqual([]);
  });

  it('reports YAML that does not parse', () => {
    const body = page('```yaml\nservices:\n  a: [1, 2\n```');
    expect(codeProblems(codeBlocks(body))).toEqual([{ line: expect.any(Number), message: expect.stringContaining('YAML does not parse') }]);
  });

  it('reports a block without a language', () => {
    expect(codeProblems(codeBlocks('```\nls -l\n```'))).toEqual([{ line: 1, message: expect.stringContaining('no language') }]);
  });
});
