// Lighthouse (mobile preset, simulated throttling) on the representative pages, driving the system Chromium.
// Usage: npm run bench:lighthouse [-- --dir dist]   (serves the built folder itself)
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { PAGES } from './page-bytes.mjs';
import { writeSection } from './lib/results.mjs';
import { serve } from './lib/serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const DEBUG_PORT = 9333;

/** Scores (0–100) and the three Core Web Vitals-style figures Lighthouse reports for one URL. */
export async function audit(url) {
  const { lhr } = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    tbtMs: Math.round(numeric('total-blocking-time')),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    cls: numeric('cumulative-layout-shift'),
    failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id),
  };
}

/** Opens Chromium with a debugging port for Lighthouse; the caller closes it. */
export const launchForLighthouse = () => chromium.launch({ executablePath: findBrowser().path, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`] });

export async function measureLighthouse({ dir = 'dist', base = '/', port = 4394, pages = PAGES } = {}) {
  const server = await serve(dir, { port, base });
  const browser = await launchForLighthouse();
  const results = [];
  try {
    for (const { name, path } of pages) {
      results.push({ name, path, ...(await audit(server.origin + path)) });
      console.log(`  ${name}: ${JSON.stringify(results.at(-1))}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeSection('lighthouse', { preset: 'mobile (Lighthouse default: Moto G Power, simulated slow 4G)', pages: results });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  await measureLighthouse(values);
}
