// Every lecture meets the lecture bar, and every page's code blocks name a language and (for Python and YAML) parse.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '~/lib/content-lint';
import { codeBlocks, lectureFacts, lectureProblems } from '~/lib/lecture-bar';
import { codeProblems } from '../../scripts/code-parse';

const pages = (folder: string) =>
  readdirSync(join('content', folder))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join('content', folder, f));

const lectures = pages('lectures');

describe('the lecture bar', () => {
  it('covers the first half of the course: lectures 0 to 12 all exist', () => {
    const orders = lectures.map((file) => (parse(splitFrontmatter(readFileSync(file, 'utf8')).yaml) as { order: number }).order);
    expect(orders.filter((n) => n <= 12).sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it.each(lectures)('%s', (file) => {
    const { yaml, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const objectives = (parse(yaml) as { objectives?: unknown[] }).objectives?.length ?? 0;
    expect(lectureProblems(lectureFacts(body, objectives))).toEqual([]);
  });
});

describe('code blocks', () => {
  it.each([...lectures, ...pages('handouts'), ...pages('projects')])('%s', (file) => {
    const { body, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'));
    const problems = codeProblems(codeBlocks(body)).map((p) => `line ${p.line + bodyLine - 1}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
