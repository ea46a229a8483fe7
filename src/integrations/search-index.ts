// Astro integration: after the build, indexes lectures, handouts and projects with Pagefind into <out>/pagefind/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Static import: the config's module runner is closed by build:done. The binary starts on createIndex().
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'shipping-ml:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: out });
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed to index the site:\n  ${problems.join('\n  ')}`);
        // `npm run bench` reads the time from this line.
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`search index written in ${seconds} s (${added.page_count} HTML files scanned; only lectures, handouts and projects are indexed)`);
      },
    },
  };
}
