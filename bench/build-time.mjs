// Build time: a cold `astro build` (no caches) then a warm one, with Pagefind's share and time per page.
import { rmSync } from 'node:fs';
import { timedBuild } from './lib/build.mjs';
import { writeSection } from './lib/results.mjs';

export async function measureBuildTime() {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist']) rmSync(cache, { recursive: true, force: true });
  const cold = await timedBuild();
  const warm = await timedBuild();
  const figures = {
    pages: warm.pages,
    coldMs: cold.ms,
    warmMs: warm.ms,
    pagefindMs: warm.pagefindMs,
    msPerPage: Math.round(warm.ms / warm.pages),
  };
  writeSection('build', figures);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureBuildTime());
