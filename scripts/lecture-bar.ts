// `npm run lecture-bar [-- files…]`: measures lectures against the lecture bar and parses their code; exits 1 on problems.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/content-lint';
import { codeBlocks, lectureFacts, lectureProblems } from '../src/lib/lecture-bar';
import { codeProblems } from './code-parse';

const args = process.argv.slice(2);
const files = args.length > 0 ? args : readdirSync('content/lectures').filter((f) => f.endsWith('.mdx')).sort().map((f) => join('content/lectures', f));

let failed = false;
for (const file of files) {
  const { yaml, body, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'));
  const objectives = (parse(yaml) as { objectives?: unknown[] } | null)?.objectives?.length ?? 0;
  const facts = lectureFacts(body, objectives);
  const problems = [
    ...lectureProblems(facts),
    ...codeProblems(codeBlocks(body)).map((p) => `line ${p.line + bodyLine - 1}: ${p.message}`),
  ];
  failed ||= problems.length > 0;
  const summary = `${facts.words} words, ${facts.objectives} objectives, ${facts.figures} figures, ${facts.exercises} exercises, ${facts.takeaways} takeaways, ${facts.readings} readings`;
  console.log(`${problems.length ? '✗' : '✓'} ${file}: ${summary}${problems.map((p) => `\n    ${p}`).join('')}`);
}
process.exit(failed ? 1 : 0);
