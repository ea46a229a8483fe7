// Astro integration: after the build, fail if any page links to a page or asset that was not built.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/files-under';
import { findBrokenLinks } from '../lib/link-check';

export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'shipping-ml:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = new Map(filesUnder(out).filter((file) => file.endsWith('.html')).map((file) => [relative(out, file), readFileSync(file, 'utf8')]));
        const isFile = (path: string) => existsSync(join(out, path)) && statSync(join(out, path)).isFile();
        const broken = findBrokenLinks(pages, base, isFile);
        if (broken.length > 0) {
          const lines = broken.map((b) => `  ${b.page}: ${b.link}`).join('\n');
          throw new Error(
            `${broken.length} broken internal link(s):\n${lines}\nFix: link to pages that exist, written root-relative with a trailing slash (e.g. /lectures/<slug>/); the base path is added for you.`,
          );
        }
        logger.info(`checked internal links on ${pages.size} pages: all resolve`);
      },
    },
  };
}
