// Astro integration: self-hosts KaTeX's stylesheet and woff2 fonts at <base>katex/ (dev and build).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const katexDist = () => join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');

/** KaTeX's CSS lists woff2, woff and ttf; every browser we support takes woff2, so only those ship. */
export const woff2Only = (css: string) => css.replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');

/** Files served under katex/: the trimmed stylesheet and the woff2 fonts. */
function katexFiles(): Map<string, Buffer | string> {
  const dist = katexDist();
  const files = new Map<string, Buffer | string>([['katex.min.css', woff2Only(readFileSync(join(dist, 'katex.min.css'), 'utf8'))]]);
  for (const font of readdirSync(join(dist, 'fonts')).filter((f) => f.endsWith('.woff2'))) files.set(`fonts/${font}`, readFileSync(join(dist, 'fonts', font)));
  return files;
}

export function katexAssets(): AstroIntegration {
  let base = '/';
  return {
    name: 'shipping-ml:katex-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const files = katexFiles();
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          const file = path.startsWith(`${base}katex/`) ? files.get(path.slice(`${base}katex/`.length)) : undefined;
          if (file === undefined) return next();
          res.setHeader('Content-Type', path.endsWith('.css') ? 'text/css' : 'font/woff2');
          res.end(file);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), 'katex');
        for (const [name, content] of katexFiles()) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          writeFileSync(join(out, name), content);
        }
      },
    },
  };
}
