// Lists the pages of the e2e build (dist-e2e/) so tests cover every route without a hand-kept list.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { E2E } from '../../scripts/build-for-e2e.mjs';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Site paths relative to the base, e.g. "", "lectures/", "lectures/x/" (404.html excluded). */
export const routes: string[] = htmlFiles(E2E.outDir)
  .map((file) => relative(E2E.outDir, file))
  .filter((file) => file !== '404.html')
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

export const lectureRoutes = routes.filter((r) => /^lectures\/[^/]+\/$/.test(r));
export const BASE = E2E.base;
