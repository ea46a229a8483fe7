// Runs `astro build` in a child process and times it; the search-index integration logs Pagefind's own time.
import { spawn } from 'node:child_process';

import { join } from 'node:path';

/** Builds the site in `cwd` (default: this project); resolves with wall time, pages built and Pagefind seconds (from the build log). */
export function timedBuild(env = {}, { cwd = '.' } = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_DATE: '2027-03-01', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`astro build failed (exit ${code}):\n${log.slice(-3000)}`));
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
      const pagefindSeconds = Number(/search index written in ([\d.]+) s/.exec(log)?.[1] ?? NaN);
      resolve({ ms: Math.round(performance.now() - started), pages, pagefindMs: Math.round(pagefindSeconds * 1000) });
    });
  });
}
