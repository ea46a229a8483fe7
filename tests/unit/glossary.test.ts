import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '~/schemas/glossary';
import { woff2Only } from '~/integrations/katex-assets';

describe('glossary schema', () => {
  it('accepts the course glossary, and every see-also points at a term', () => {
    const glossary = glossarySchema.parse(parse(readFileSync('content/glossary.yaml', 'utf8')));
    const ids = new Set(Object.keys(glossary.terms));
    expect(ids.size).toBeGreaterThan(10);
    for (const entry of Object.values(glossary.terms)) for (const other of entry.see) expect(ids).toContain(other);
  });

  it('rejects bad ids, unknown fields and empty definitions with messages an author can act on', () => {
    const result = glossarySchema.safeParse({ terms: { 'Bad Id': { term: 'X', definition: 'y' }, ok: { term: 'Ok', definition: ' ', sea: [] } } });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join('\n');
    expect(messages).toContain('"Bad Id" is not a term id');
    expect(messages).toContain('definition is empty');
    expect(messages).toContain('unknown field(s) sea');
  });
});

describe('self-hosted KaTeX stylesheet', () => {
  it('keeps only woff2 sources', () => {
    const css = '@font-face{src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}';
    expect(woff2Only(css)).toBe('@font-face{src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")}');
    const real = woff2Only(readFileSync('node_modules/katex/dist/katex.min.css', 'utf8'));
    expect(real).not.toMatch(/\.(woff|ttf)\)/);
    expect(real.match(/\.woff2\)/g)?.length).toBeGreaterThan(15);
  });
});
