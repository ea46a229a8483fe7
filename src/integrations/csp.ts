// Astro integration: after the build, gives every HTML page a Content Security Policy meta tag (GitHub Pages cannot send headers).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/files-under';
import { withPolicy } from '../lib/csp';

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'shipping-ml:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = filesUnder(fileURLToPath(dir)).filter((file) => file.endsWith('.html'));
        for (const page of pages) writeFileSync(page, withPolicy(readFileSync(page, 'utf8')));
        logger.info(`content security policy added to ${pages.length} pages`);
      },
    },
  };
}
