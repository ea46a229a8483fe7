// Serves a built folder with scripts/serve.mjs (gzip like GitHub Pages) for the duration of a benchmark.
import { spawn } from 'node:child_process';

/** Starts the static server; resolves once it answers. */
export async function serve(dir, { port, base = '/' }) {
  // A server left running on the port would be measured instead of `dir`, silently.
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (busy) throw new Error(`Port ${port} is already in use; stop whatever serves there (e.g. an old scripts/serve.mjs) and run the benchmark again.`);
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--base', base], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(origin)).ok) return { origin, close: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`The static server for ${dir} did not start on port ${port}.`);
}
