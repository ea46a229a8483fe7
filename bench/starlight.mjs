// Side by side: three lectures built by this site and as a Starlight site (installed in a temp dir, not a dependency).
// Build time, JS bytes and Lighthouse for both, reported as ratios (ours ÷ Starlight).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { timedBuild } from './lib/build.mjs';
import { audit, launchForLighthouse } from './lighthouse.mjs';
import { measurePage } from './page-bytes.mjs';
import { writeSection } from './lib/results.mjs';
import { serve } from './lib/serve.mjs';
import { toStarlight, unlinkOthers } from './lib/to-starlight.mjs';

const LECTURES = ['03-relational-and-key-value-storage', '04-http-and-rest', '09-streaming-time-windows'];
/** The YAML frontmatter and the body of an MDX file. */
const splitFrontmatter = (text) => {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { yaml, body };
};
const slugOf = (file) => file.replace(/^\d+-/, '');
const KEEP = LECTURES.map((f) => `/lectures/${slugOf(f)}/`);
const WORK = 'bench/.tmp';
const STARLIGHT_DIR = join(tmpdir(), 'shipping-ml-starlight');
const ASTRO_VERSION = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version;

/** This site with only the three lectures (no handouts or projects; other links as text). */
function oursContent() {
  const dir = join(WORK, 'content-three');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lectures'), { recursive: true });
  for (const file of ['course.yaml', 'glossary.yaml']) cpSync(join('content', file), join(dir, file));
  for (const name of LECTURES) writeFileSync(join(dir, 'lectures', `${name}.mdx`), unlinkOthers(readFileSync(`content/lectures/${name}.mdx`, 'utf8'), KEEP));
  // The home page always links the syllabus, so it stays (its own links unlinked too).
  mkdirSync(join(dir, 'handouts'));
  writeFileSync(join(dir, 'handouts', 'syllabus.mdx'), unlinkOthers(readFileSync('content/handouts/syllabus.mdx', 'utf8'), [...KEEP, '/handouts/syllabus/']));
  const schedule = parse(readFileSync('content/schedule.yaml', 'utf8'));
  const slugs = new Set(LECTURES.map(slugOf));
  for (const week of schedule.weeks) {
    delete week.releases;
    week.deadlines = (week.deadlines ?? []).filter((d) => !d.project);
    if (week.lectures) week.lectures = week.lectures.filter((l) => slugs.has(l));
  }
  writeFileSync(join(dir, 'schedule.yaml'), stringify(schedule));
  return dir;
}

/** A fresh Starlight project with the same three lectures as docs pages. */
function starlightProject() {
  rmSync(STARLIGHT_DIR, { recursive: true, force: true });
  const docs = join(STARLIGHT_DIR, 'src/content/docs/lectures');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(STARLIGHT_DIR, 'package.json'), JSON.stringify({ name: 'sml-starlight-bench', private: true, type: 'module' }, null, 2));
  // Math as on our site: remark-math and KaTeX, with KaTeX's stylesheet.
  writeFileSync(
    join(STARLIGHT_DIR, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "import remarkMath from 'remark-math';",
      "import rehypeKatex from 'rehype-katex';",
      'export default defineConfig({',
      '  markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] },',
      "  integrations: [starlight({ title: 'Shipping ML on Starlight', customCss: ['katex/dist/katex.min.css'], sidebar: [{ label: 'Lectures', items: [{ autogenerate: { directory: 'lectures' } }] }] })],",
      '});',
      '',
    ].join('\n'),
  );
  writeFileSync(join(STARLIGHT_DIR, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
  writeFileSync(join(STARLIGHT_DIR, 'src/content/docs/index.mdx'), '---\ntitle: Shipping ML\n---\n\nThree lectures for a build comparison.\n');
  for (const name of LECTURES) {
    const { yaml, body } = splitFrontmatter(readFileSync(`content/lectures/${name}.mdx`, 'utf8'));
    const front = parse(yaml);
    const imports = "import { Aside, Tabs, TabItem } from '@astrojs/starlight/components';\n\n";
    writeFileSync(join(docs, `${slugOf(name)}.mdx`), `---\n${stringify({ title: front.title, description: front.summary })}---\n\n${imports}${toStarlight(unlinkOthers(body, KEEP))}`);
  }
  console.log(`  installing astro@${ASTRO_VERSION} and @astrojs/starlight in ${STARLIGHT_DIR} …`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `astro@${ASTRO_VERSION}`, '@astrojs/starlight', '@astrojs/markdown-remark', 'remark-math', 'rehype-katex', 'katex'], { cwd: STARLIGHT_DIR, stdio: 'inherit' });
  return STARLIGHT_DIR;
}

async function pageFigures(dir, base, port, paths) {
  const server = await serve(dir, { port, base });
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: CHROMIUM_ARGS });
  const bytes = [];
  for (const path of paths) bytes.push((await measurePage(browser, server.origin, { path })).before);
  await browser.close();
  const lhBrowser = await launchForLighthouse();
  const lighthouse = [];
  for (const path of paths) lighthouse.push(await audit(server.origin + path));
  await lhBrowser.close();
  server.close();
  return paths.map((path, i) => ({ path, jsGzip: bytes[i].js.gzip, cssGzip: bytes[i].css.gzip, htmlGzip: bytes[i].html.gzip, ...lighthouse[i] }));
}

const sum = (rows, key) => rows.reduce((s, r) => s + r[key], 0);
const mean = (rows, key) => Math.round((sum(rows, key) / rows.length) * 10) / 10;
const ratio = (a, b) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

export async function measureStarlight() {
  const paths = LECTURES.map((name) => `lectures/${slugOf(name)}/`);
  const oursDir = join(WORK, 'dist-three');
  const oursEnv = { COURSE_CONTENT_DIR: oursContent(), ASTRO_OUT_DIR: oursDir, ASTRO_CACHE_DIR: join(WORK, 'cache-three') };
  const oursCold = await timedBuild(oursEnv);
  const oursWarm = await timedBuild(oursEnv);
  const starDir = starlightProject();
  const starCold = await timedBuild({}, { cwd: starDir });
  const starWarm = await timedBuild({}, { cwd: starDir });
  const ours = await pageFigures(resolve(oursDir), '/', 4395, paths);
  const starlight = await pageFigures(join(starDir, 'dist'), '/', 4396, paths);
  const side = (build, pages) => ({ coldBuildMs: build[0].ms, warmBuildMs: build[1].ms, pages: build[1].pages, msPerPage: Math.round(build[1].ms / build[1].pages), jsGzipPerLecture: Math.round(sum(pages, 'jsGzip') / pages.length), performance: mean(pages, 'performance'), accessibility: mean(pages, 'accessibility'), tbtMs: mean(pages, 'tbtMs'), lcpMs: mean(pages, 'lcpMs'), lectures: pages });
  const figures = { lectures: paths, ours: side([oursCold, oursWarm], ours), starlight: side([starCold, starWarm], starlight) };
  figures.ratios = {
    warmBuild: ratio(figures.ours.warmBuildMs, figures.starlight.warmBuildMs),
    buildPerPage: ratio(figures.ours.msPerPage, figures.starlight.msPerPage),
    jsGzip: ratio(figures.ours.jsGzipPerLecture, figures.starlight.jsGzipPerLecture),
    performance: ratio(figures.ours.performance, figures.starlight.performance),
    lcp: ratio(figures.ours.lcpMs, figures.starlight.lcpMs),
  };
  writeSection('starlight', figures);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = await measureStarlight();
  console.log(JSON.stringify({ ours: { ...f.ours, lectures: undefined }, starlight: { ...f.starlight, lectures: undefined }, ratios: f.ratios }, null, 2));
}
