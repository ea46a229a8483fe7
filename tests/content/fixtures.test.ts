// Builds the good fixture and every bad one; each bad one must fail naming its file, field and fix.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/content/fixtures';
const WORK = 'tests/content/.tmp';
const ASTRO = 'node_modules/astro/bin/astro.mjs';

interface Expectation {
  why: string;
  expect: string[];
}

/** Runs `astro build` on a content folder; resolves with the exit code and everything it printed. */
function build(name: string, contentDir: string): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    COURSE_CONTENT_DIR: contentDir,
    ASTRO_OUT_DIR: join(WORK, name, '.dist'),
    ASTRO_CACHE_DIR: join(WORK, name, '.cache'),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripVTControlCharacters(output) }));
  });
}

/** The good fixture with the bad case's files laid over it, in a scratch folder inside the project. */
function prepare(name: string): string {
  const dir = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'bad', name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return dir;
}

// Sequential: parallel builds would share the project's .astro/ folder and overwrite each other's modules.
describe('content fixtures', () => {
  it('the good fixture builds every page type', async () => {
    const { code, output } = await build('good', join(FIXTURES, 'good'));
    expect(output).not.toMatch(/\[WARN\]|error/i);
    expect(code).toBe(0);
    const out = join(WORK, 'good', '.dist');
    for (const page of ['index.html', 'lectures/first-lecture/index.html', 'handouts/syllabus/index.html', 'projects/first-project/index.html', 'schedule/index.html', 'about/index.html', '404.html']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
  });

  for (const name of readdirSync(join(FIXTURES, 'bad'))) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'expected.json'), 'utf8')) as Expectation;
    it(`fails with a clear message: ${expected.why} (${name})`, async () => {
      const { code, output } = await build(name, prepare(name));
      expect(code, output).not.toBe(0);
      for (const text of expected.expect) expect(output).toContain(text);
    });
  }
});
