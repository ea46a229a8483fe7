// Parses the Python and YAML code blocks of a page (Python with python3's own parser), so broken examples fail a check.
import { spawnSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';
import type { CodeBlock } from '../src/lib/lecture-bar';

export interface CodeProblem {
  line: number;
  message: string;
}

const PYTHON = /^(python|py)$/;
const YAML = /^(yaml|yml)$/;

/** Python blocks that a `>>>` prompt marks as a session transcript are not programs, so they are skipped. */
const isTranscript = (code: string) => /^>>> /m.test(code);

/** One python3 process parses every block: it prints "index:line:message" for each block that fails. */
function pythonProblems(blocks: CodeBlock[]): CodeProblem[] {
  if (blocks.length === 0) return [];
  const script = [
    'import ast, json, sys',
    'for i, code in enumerate(json.load(sys.stdin)):',
    '    try:',
    '        ast.parse(code)',
    '    except SyntaxError as e:',
    '        print(f"{i}:{e.lineno}:{e.msg}")',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(blocks.map((b) => b.code)), encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`python3 could not parse the code blocks: ${run.error?.message ?? run.stderr}. Install python3.`);
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((row) => {
      const [index, line, ...message] = row.split(':');
      const block = blocks[Number(index)]!;
      return { line: block.line + Number(line), message: `Python does not parse: ${message.join(':')}` };
    });
}

function yamlProblems(blocks: CodeBlock[]): CodeProblem[] {
  return blocks.flatMap((block) =>
    parseAllDocuments(block.code).flatMap((doc) => ('errors' in doc ? doc.errors : []).map((e) => ({ line: block.line + 1 + (e.linePos?.[0].line ?? 1) - 1, message: `YAML does not parse: ${e.message.split('\n')[0]}` }))),
  );
}

/** Problems with a page's code blocks: a missing language, or Python/YAML that does not parse. */
export function codeProblems(blocks: CodeBlock[]): CodeProblem[] {
  const unlabeled = blocks.filter((b) => !b.lang).map((b) => ({ line: b.line, message: 'code block has no language; write ```python, ```sql, ```yaml, ```shell or ```text' }));
  const python = blocks.filter((b) => PYTHON.test(b.lang) && !isTranscript(b.code));
  const yaml = blocks.filter((b) => YAML.test(b.lang));
  return [...unlabeled, ...pythonProblems(python), ...yamlProblems(yaml)].sort((a, b) => a.line - b.line);
}
