// Lists the pages of the e2e build (dist-e2e/) so tests cover every route without a hand-kept list.
import { relative } from 'node:path';
import { E2E } from '../../scripts/build-for-e2e.mjs';
import { filesUnder } from '../../src/lib/files-under';

/** Site paths relative to the base, e.g. "", "lectures/", "lectures/x/" (404.html excluded). */
export const routes: string[] = filesUnder(E2E.outDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => relative(E2E.outDir, file))
  .filter((file) => file !== '404.html')
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

export const lectureRoutes = routes.filter((r) => /^lectures\/[^/]+\/$/.test(r));
export const BASE = E2E.base;
