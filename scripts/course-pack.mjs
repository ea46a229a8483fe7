// `npm run pack`: the whole course as one zip for classrooms without a network: the built site, a tiny server, and how to start it.
// Usage: node scripts/course-pack.mjs [--out public/shipping-ml-course.zip]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'public/shipping-ml-course.zip' } } });
const work = '.pack';
const folder = 'shipping-ml-course';
const site = join(work, folder, 'site');

const README = `Shipping ML: the course on your own computer
============================================

This folder holds the whole course website: lectures, handouts, projects, schedule,
search, simulations and the Relay data generator. Nothing needs the internet.

Start it with either of these, from this folder, then open http://localhost:8000/

  node serve.mjs                      (Node.js 18 or newer)
  python3 -m http.server 8000 -d site (Python 3.7 or newer)

Opening site/index.html directly from disk does not work: browsers do not run
the search, the simulations or the data generator from file:// addresses.
Stop the server with Ctrl+C.
`;

const SERVE = `// Serves ./site at http://localhost:8000/ (Node.js 18+, no dependencies).
${readFileSync('scripts/serve.mjs', 'utf8').replace(/^\/\/.*\n\/\/.*\n/, '')}`;

// An old pack in public/ would be copied into the new one.
rmSync(values.out, { force: true });
rmSync(work, { recursive: true, force: true });
const build = spawnSync('astro', ['build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', SITE_URL: 'http://localhost:8000', ASTRO_OUT_DIR: site, ASTRO_CACHE_DIR: join(work, 'cache') },
});
if (build.status !== 0) process.exit(build.status ?? 1);

writeFileSync(join(work, folder, 'README.txt'), README);
// The pack's server defaults to ./site on port 8000 so `node serve.mjs` needs no flags.
writeFileSync(join(work, folder, 'serve.mjs'), SERVE.replace("default: process.env.ASTRO_OUT_DIR || 'dist'", "default: 'site'").replace("default: process.env.PORT || '4321'", "default: '8000'").replace("default: process.env.BASE_PATH || '/'", "default: '/'"));

const paths = readdirSync(join(work, folder), { recursive: true }).map((path) => join(work, folder, String(path))).filter((path) => statSync(path).isFile());
const files = Object.fromEntries(paths.map((path) => [relative(work, path).split('\\').join('/'), readFileSync(path)]));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, zipSync(files, { level: 6 }));
rmSync(work, { recursive: true, force: true });
console.log(`course pack: ${values.out} (${Object.keys(files).length} files)`);
