// `npm run data`: the command line writes the same bytes as the page, and explains bad flags.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveOptions, tableChunks } from '../../../simulations/relay-data';

const tsx = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [tsx, 'scripts/relay-data.ts', ...args], { encoding: 'utf8' });
const out = mkdtempSync(join(tmpdir(), 'relay-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run data', () => {
  it('writes both tables in both formats, byte-identical to the generator the page uses', () => {
    const result = run('--seed', '5', '--rows', '300', '--drift', 'new-campaign', '--out', out, '--format', 'both');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { options } = resolveOptions({ seed: '5', rows: '300', drift: 'new-campaign' });
    for (const [table, format] of [['messages', 'csv'], ['user_events', 'csv'], ['messages', 'jsonl'], ['user_events', 'jsonl']] as const) {
      const expected = [...tableChunks(options, table, format)].map((c) => c.text).join('');
      expect(readFileSync(join(out, `${table}.${format}`), 'utf8')).toBe(expected);
    }
  }, 30_000);

  it('refuses a bad value with the field, the value and what to write, and writes nothing', () => {
    const result = run('--rows', 'lots', '--out', join(out, 'bad'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('rows: "lots" is not allowed; write a whole number from 100 to 1000000.');
    expect(result.stderr).toContain('Usage: npm run data');
  }, 30_000);
});
