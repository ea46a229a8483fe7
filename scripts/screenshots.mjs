// Screenshots of built pages at desktop and phone widths, light and dark, for reviewing by eye.
// Usage: npm run screenshots -- [paths…]   (serve the build first with `npm run preview`)
// Writes screenshots/<page>-<desktop|phone>-<light|dark>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const origin = process.env.SCREENSHOT_ORIGIN || 'http://127.0.0.1:4321/';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'lectures/', 'schedule/', 'projects/', 'handouts/'];
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const browserPath = findBrowser()?.path;
if (!browserPath) throw new Error('No Chromium found; run `node scripts/ensure-browser.mjs` first.');

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
for (const [size, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(new URL(path, origin).href);
      const name = path.replace(/\/$/, '').replace(/\//g, '_') || 'home';
      const file = `screenshots/${name}-${size}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
