// Measures the drift sim's "check your own data" on a built site: a 100,000-row, 10-column CSV parsed and analysed in the worker,
// with main-thread long tasks observed from the click to the results. Usage: npm run build && npm run bench:csv
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { writeSection } from './lib/results.mjs';
import { mailLog } from './lib/mail-log.mjs';
import { serve } from './lib/serve.mjs';

const ROWS = 100_000;

export async function measureCsvAnalysis({ dir = 'dist', port = 4393 } = {}) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`Build the site first (no ${dir}/index.html): npm run build`);
  const text = mailLog(ROWS);
  const server = await serve(dir, { port });
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}simulations/drift/`, { waitUntil: 'networkidle' });
    // The simulation's own first render is not part of the CSV's cost: wait until its model is trained and drawn.
    await page.waitForFunction(() => document.querySelector('.drift-sim')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
    const panel = page.locator('.drift-csv');
    await panel.getByLabel('One file with a time column').check();
    await panel.getByLabel('CSV with a time column').setInputFiles({ name: 'mail-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });
    });
    const started = Date.now();
    await panel.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('.drift-csv-results').waitFor({ timeout: 180_000 });
    const wallMs = Date.now() - started;
    // Let the results paint, so their render counts too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const longTasks = await page.evaluate(() => window.__longTasks);
    const results = {
      rows: ROWS,
      columns: 10,
      megabytes: Math.round(text.length / 1e5) / 10,
      batches: Number(await page.locator('.drift-csv-results').getAttribute('data-batches')),
      wallMs,
      mainThreadLongTasks: { count: longTasks.length, maxMs: Math.round(Math.max(0, ...longTasks)) },
    };
    writeSection('csvAnalysis', results);
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureCsvAnalysis(), null, 2));
