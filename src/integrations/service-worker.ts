// Astro integration: after the build (and after Pagefind), writes <out>/sw.js with Workbox, precaching every page and asset.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** Files the service worker precaches: the whole site, search index and simulation chunks included. */
export const PRECACHE_PATTERNS = ['**/*.{html,css,js,mjs,json,svg,png,ico,woff2,wasm,webmanifest,xml,txt,ics}', 'pagefind/**/*'];
/** The worker itself, link-preview images nobody views offline, and course packs. */
export const PRECACHE_IGNORES = ['sw.js', 'workbox-*.js', 'og.png', '*.zip'];

/** Writes `out`/sw.js precaching the built site in `out`, whose pages live under `base` (e.g. /shipping-ml/). */
export function writeServiceWorker(out: string, base: string) {
  return generateSW({
    globDirectory: out,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(out, 'sw.js'),
    // URLs in the manifest are site paths under the base (GitHub Pages project sites live under /<repo>/).
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    // Simulation and data pages keep their settings in the query; the page is the same file.
    ignoreURLParametersMatching: [/.*/],
    // Pagefind's wasm and TF.js chunks are a few MB; the default limit is 2 MB.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // A new version waits until the reader chooses to reload, so a page never mixes old and new assets.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'shipping-ml:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${(size / 1_000_000).toFixed(1)} MB)`);
      },
    },
  };
}
