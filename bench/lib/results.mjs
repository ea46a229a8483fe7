// bench/results.json: each benchmark merges its own section, so steps can run alone or together.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const RESULTS = 'bench/results.json';

export function readResults(file = RESULTS) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** Replaces one top-level section, stamped with when and on what machine it was measured. */
export function writeSection(name, data, file = RESULTS) {
  const results = readResults(file);
  results[name] = { ...data, measuredAt: new Date().toISOString() };
  results.machine = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
