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

/**
 * The environment a real `astro build` sees. Vitest copies its own import.meta.env (DEV=1, MODE=test,
 * NODE_ENV=test, …) into process.env; a child build that inherits them runs in development mode.
 */
const VITEST_KEYS = /^(DEV|PROD|SSR|MODE|BASE_URL|TEST|VITEST.*|NODE_ENV)$/;
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.test(key)));

/** Runs `astro build` on a content folder; resolves with the exit code and everything it printed. */
function build(name: string, contentDir: string, extraEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const env = {
    ...cleanEnv(),
    // Build as on a day inside the fixture's term, so release gating does not depend on the real date.
    PREVIEW_DATE: '2027-09-01',
    ...extraEnv,
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

/** The good fixture with an overlay's files laid over it, in a scratch folder inside the project. */
function prepare(name: string, overlay = join(FIXTURES, 'bad', name)): string {
  const dir = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return dir;
}

const read = (name: string, file: string) => readFileSync(join(WORK, name, '.dist', file), 'utf8');

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

  it('hides a lecture until its release: no page, no listing, no link, no calendar event', async () => {
    const content = prepare('gated', join(FIXTURES, 'gated'));
    // Week 2 of the fixture term starts Monday 2027-09-06.
    const before = await build('gated', content, { PREVIEW_DATE: '2027-09-05' });
    expect(before.code, before.output).toBe(0);
    expect(existsSync(join(WORK, 'gated', '.dist', 'lectures/second-lecture/index.html'))).toBe(false);
    for (const page of ['index.html', 'lectures/index.html', 'schedule/index.html', 'weeks/1/index.html', 'lectures/first-lecture/index.html', 'calendar.ics']) {
      expect(read('gated', page), page).not.toMatch(/second-lecture|Second lecture/);
    }
    const after = await build('gated', content, { PREVIEW_DATE: '2027-09-06' });
    expect(after.code, after.output).toBe(0);
    expect(read('gated', 'lectures/index.html')).toContain('Second lecture');
    expect(read('gated', 'calendar.ics')).toContain('UID:lecture-second-lecture@');
  });

  it('SHOW_ALL=1 publishes everything regardless of the date', async () => {
    const { code, output } = await build('show-all', prepare('show-all', join(FIXTURES, 'gated')), { PREVIEW_DATE: '', SHOW_ALL: '1' });
    expect(code, output).toBe(0);
    expect(read('show-all', 'lectures/index.html')).toContain('Second lecture');
  });

  it('stops with a clear message when PREVIEW_DATE is not a date', async () => {
    const { code, output } = await build('bad-preview', join(FIXTURES, 'good'), { PREVIEW_DATE: '2027-13-01' });
    expect(code).not.toBe(0);
    expect(output).toContain('PREVIEW_DATE=2027-13-01 is not a date. Write it as YYYY-MM-DD');
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
