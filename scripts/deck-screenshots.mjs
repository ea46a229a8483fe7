// Screenshots of a lecture's slide deck at 1920×1080 in each deck theme (title, figure, code and simulation slides),
// and of the lecture page's Slides link at phone width, for reviewing by eye.
// Usage: npm run screenshots:deck -- [lecture-slug]   (serve the build first with `npm run preview`)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const origin = process.env.SCREENSHOT_ORIGIN || 'http://127.0.0.1:4321/';
const slug = process.argv[2] || 'streaming-time-windows';
const browserPath = findBrowser()?.path;
if (!browserPath) throw new Error('No Chromium found; run `node scripts/ensure-browser.mjs` first.');

/** The 1-based number of the first slide matching each selector. */
const KINDS = { title: '.slide-title', figure: '.slide-figure', code: 'section.slide:has(pre.astro-code)', simulation: '.slide-simulation' };

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
for (const theme of ['light', 'dark', 'projector']) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
  await context.addInitScript((t) => localStorage.setItem('deck-theme', t), theme);
  const page = await context.newPage();
  const deck = new URL(`lectures/${slug}/slides/`, origin).href;
  await page.goto(deck);
  await page.locator('[data-deck][data-ready]').waitFor({ state: 'attached' });
  for (const [kind, selector] of Object.entries(KINDS)) {
    const number = await page.locator(selector).first().getAttribute('data-slide');
    await page.goto(`${deck}#/${number}`);
    await page.reload();
    await page.locator('[data-deck][data-ready]').waitFor({ state: 'attached' });
    await page.waitForTimeout(kind === 'simulation' ? 4000 : 600);
    const file = `screenshots/deck-${slug}-${kind}-${theme}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
const page = await phone.newPage();
await page.goto(new URL(`lectures/${slug}/`, origin).href);
await page.screenshot({ path: `screenshots/lecture-${slug}-slides-link-phone.png` });
console.log(`screenshots/lecture-${slug}-slides-link-phone.png`);
await browser.close();
