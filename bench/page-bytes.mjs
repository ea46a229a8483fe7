// Bytes per representative page: HTML, CSS and JS (raw and gzip) before interaction, and after a simulation starts.
// Usage: npm run bench:bytes [-- --dir dist --base /]   (serves the built folder itself)
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { writeSection } from './lib/results.mjs';
import { serve } from './lib/serve.mjs';

/** The page types a reader meets; `sim` names the simulation to start for the "after" figure. */
export const PAGES = [
  { name: 'home', path: '' },
  { name: 'prose lecture', path: 'lectures/http-and-rest/' },
  { name: 'lecture with a simulation', path: 'lectures/streaming-time-windows/', sim: 'streaming' },
  { name: 'simulation page', path: 'simulations/classifier/', sim: 'classifier' },
  { name: 'schedule', path: 'schedule/' },
];

/** URLs the window itself fetched: a Web Worker's fetches appear only in the worker's own resource timing. */
const mainThreadUrls = (page) => page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);

const kind = (type, worker) => (worker && /javascript|wasm/.test(type) ? 'worker' : null) ?? (/html/.test(type) ? 'html' : /css/.test(type) ? 'css' : /javascript/.test(type) ? 'js' : /wasm/.test(type) ? 'wasm' : 'other');
const KINDS = ['html', 'css', 'js', 'worker', 'wasm', 'other'];
const empty = () => Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }]));

/** Adds up every response the page (and its workers) received, by kind; inline scripts count as JS. */
function tally(responses, inlineScripts, mainUrls) {
  const main = new Set(mainUrls);
  const sums = empty();
  for (const { url, type, body } of responses) {
    const bucket = sums[kind(type, !main.has(url))];
    bucket.raw += body.length;
    bucket.gzip += gzipSync(body).length;
  }
  for (const text of inlineScripts) {
    sums.js.raw += Buffer.byteLength(text);
    sums.js.gzip += gzipSync(text).length;
  }
  return sums;
}

export async function measurePage(browser, origin, { path, sim }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const responses = [];
  const record = async (response) => {
    if (!response.url().startsWith(origin) || response.status() !== 200) return;
    const body = await response.body().catch(() => null);
    if (body) responses.push({ url: response.url(), type: response.headers()['content-type'] ?? '', body });
  };
  context.on('response', record);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''));
  const before = tally(responses, inline, await mainThreadUrls(page));
  let after = null;
  if (sim) {
    // Islands load when visible: scroll the first embed (or the sim page's own) into view.
    await page.locator('section.simulation').first().scrollIntoViewIfNeeded();
    const root = page.locator(`.${sim}-sim`).first();
    await page.waitForFunction((id) => /ready|paused|finished/.test(document.querySelector(`.${id}-sim`)?.getAttribute('data-status') ?? ''), sim, { timeout: 60_000 });
    // Each view names its step button ("Advance one step", "Train one epoch"); it is the bar's second button.
    await root.getByRole('button', { name: /^(Advance one step|Train one epoch|Step)$/ }).first().click();
    await page.waitForLoadState('networkidle');
    after = tally(responses, inline, await mainThreadUrls(page));
  }
  await context.close();
  return { before, after };
}

export async function measureBytes({ dir = 'dist', base = '/', port = 4393 } = {}) {
  const server = await serve(dir, { port, base });
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: CHROMIUM_ARGS });
  const pages = [];
  try {
    for (const spec of PAGES) pages.push({ ...spec, ...(await measurePage(browser, server.origin, spec)) });
  } finally {
    await browser.close();
    server.close();
  }
  writeSection('bytes', { pages });
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
  const pages = await measureBytes(values);
  const kb = (n) => (n / 1024).toFixed(1);
  for (const p of pages) console.log(`${p.name.padEnd(28)} JS ${kb(p.before.js.gzip)} KB gz (${kb(p.before.js.raw)} raw) + worker ${kb(p.before.worker.gzip)}  CSS ${kb(p.before.css.gzip)} KB gz  HTML ${kb(p.before.html.gzip)} KB gz${p.after ? `  | after start: JS ${kb(p.after.js.gzip)} KB gz + worker ${kb(p.after.worker.gzip)} KB gz` : ''}`);
}
