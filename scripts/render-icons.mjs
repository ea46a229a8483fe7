// Renders the favicon PNGs and the Open Graph card from public/favicon.svg with Chromium.
// Usage: npm run icons   (rerun after changing the logo or the course title; commit the PNGs)
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const browserPath = findBrowser()?.path;
if (!browserPath) throw new Error('No Chromium found; run `node scripts/ensure-browser.mjs` first.');
const logo = readFileSync('public/favicon.svg', 'utf8');
const course = parse(readFileSync('content/course.yaml', 'utf8'));
const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [file, size] of [['favicon-32.png', 32], ['apple-touch-icon.png', 180], ['icon-192.png', 192], ['icon-512.png', 512]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${logo}`);
  await page.screenshot({ path: `public/${file}`, omitBackground: true });
  console.log(`public/${file}`);
}
await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box;
         font-family: system-ui, 'DejaVu Sans', sans-serif; background: #0f1217; color: #e7eaee; }
  svg { width: 120px; height: 120px; margin-bottom: 40px; }
  h1 { font-size: 84px; margin: 0 0 16px; letter-spacing: -1px; }
  p { font-size: 36px; margin: 0; color: #a8b1bc; line-height: 1.3; }
</style>${logo}<h1>${escape(course.title)}</h1><p>${escape(course.subtitle ?? course.description)}</p>`);
await page.screenshot({ path: 'public/og.png' });
console.log('public/og.png');
await browser.close();
