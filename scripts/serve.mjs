// Serves a built site like GitHub Pages does: under a base path, /dir → /dir/, 404.html for misses.
// Usage: node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.ASTRO_OUT_DIR || 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    port: { type: 'string', default: process.env.PORT || '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.zip': 'application/zip',
};

const isFile = (path) => existsSync(path) && statSync(path).isFile();
// Text is gzipped when the browser accepts it, as GitHub Pages does, so measured transfer sizes are real.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
const send = (req, res, status, path) => {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  const body = createReadStream(path);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  if (pathname === base.slice(0, -1)) pathname = base;
  const notFound = () => (isFile(join(root, '404.html')) ? send(req, res, 404, join(root, '404.html')) : res.writeHead(404).end('Not found'));
  if (!pathname.startsWith(base)) return notFound();
  const local = normalize(join(root, pathname.slice(base.length)));
  if (!local.startsWith(root)) return notFound();
  if (isFile(local)) return send(req, res, 200, local);
  if (isFile(join(local, 'index.html'))) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    return send(req, res, 200, join(local, 'index.html'));
  }
  return notFound();
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir} at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}  (Ctrl+C to stop)`);
});
