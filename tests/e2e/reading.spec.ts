// The reading experience on the built site: navigation, contents, theme, code, math, terms, print, meta.
import { expect, test } from '@playwright/test';
import { E2E } from '../../scripts/build-for-e2e.mjs';
import { BASE, lectureRoutes } from './site-pages';

const lecture = 'lectures/problem-definition-labeling/';
const codeLecture = 'lectures/interactive-batch-streaming/';

test('the course sidebar groups lectures by week and marks the current page', async ({ page }) => {
  await page.goto(lecture);
  const nav = page.getByRole('navigation', { name: 'Course' });
  await expect(nav).toBeVisible();
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Defining the problem');
  // The current page's week is open; another week is folded.
  await expect(nav.locator('details:has(a[aria-current="page"])')).toHaveAttribute('open', '');
  await expect(nav.locator('details').filter({ hasText: 'Week 13' })).not.toHaveAttribute('open', '');
});

test('the table of contents lists every h2 and each entry jumps to its heading', async ({ page }) => {
  await page.goto(lecture);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const headings = await page.locator('article h2[id]:not(#objectives-heading)').evaluateAll((hs) => hs.map((h) => h.id));
  expect(headings.length).toBeGreaterThan(4);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(expect.arrayContaining(headings.map((id) => `#${id}`)));
  await links.filter({ hasText: 'Key takeaways' }).click();
  await expect(page).toHaveURL(/#key-takeaways$/);
  await expect(page.locator('#key-takeaways')).toBeInViewport();
});

test('breadcrumbs and previous/next lecture links lead where they say', async ({ page }) => {
  await page.goto(lecture);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Week 1' })).toHaveAttribute('href', `${BASE}weeks/1/`);
  await page.getByRole('link', { name: /Previous · L01/ }).click();
  await expect(page.locator('h1')).toHaveText('Interactive, batch and streaming ML systems');
});

test('dark mode: follows the system, the toggle overrides it and is remembered without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(lecture);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).toBe('rgb(255, 255, 255)');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await bg()).toBe('rgb(15, 18, 23)');
  // On the next page the theme must already be set when <body> starts, before anything paints.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(codeLecture);
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  expect(await bg()).toBe('rgb(15, 18, 23)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('code: dual themes, a title, highlighted lines and a keyboard-operable copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(codeLecture);
  const figure = page.locator('figure.code-figure').first();
  await expect(figure.locator('figcaption')).toHaveText('relay_scorer/app.py');
  await expect(figure.locator('.line-highlight')).toHaveCount(2);
  await expect(figure.locator('.line-highlight').first()).toContainText('SPAM_AT');
  for (const language of ['python', 'sql', 'bash']) await expect(page.locator(`pre[data-language="${language}"]`).first()).toBeVisible();
  const copy = figure.getByRole('button', { name: 'Copy code: relay_scorer/app.py' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('app = FastAPI(title="relay-scorer")');
  expect(copied.split('\n').length).toBeGreaterThan(30);
});

test('math renders with KaTeX from the site itself, and only pages with math load its stylesheet', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(lecture);
  await expect(page.locator('.katex-display')).toHaveCount(1);
  await expect(page.locator('.katex-display math')).toHaveCount(1); // MathML for screen readers
  const fontFamily = await page.locator('.katex-display .katex').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(fontFamily).toContain('KaTeX_Main');
  await page.evaluate(() => document.fonts.ready);
  expect(requests.some((u) => u.endsWith(`${BASE}katex/katex.min.css`))).toBe(true);
  expect(requests.some((u) => /katex\/fonts\/KaTeX_Main-Regular\.woff2$/.test(u))).toBe(true);
  expect(requests.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
  await page.goto('schedule/');
  expect(await page.locator('link[href$="katex.min.css"]').count()).toBe(0);
});

test('glossary terms show their definition on keyboard focus and link to the glossary', async ({ page }) => {
  await page.goto(lecture);
  const term = page.locator('.term-link', { hasText: 'maturity window' });
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('seven days');
  await term.click();
  await expect(page).toHaveURL(/glossary\/#maturity-window$/);
  const entry = page.locator('dd', { has: page.getByRole('link', { name: /L02/ }) }).first();
  await expect(entry).toBeVisible();
});

test('exercises are numbered and their solutions start folded', async ({ page }) => {
  await page.goto(lecture);
  // Numbers are real text (added at build time), so they are part of the heading's accessible name.
  await expect(page.getByRole('heading', { name: /^Exercise 1\. Change the price/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Exercise 5\. Measure the label delay/ })).toBeVisible();
  const first = page.locator('.exercise').first();
  const solution = first.locator('details.solution');
  await expect(solution).not.toHaveAttribute('open', '');
  await solution.locator('summary').click();
  await expect(solution).toHaveAttribute('open', '');
});

test('print: handouts and projects offer a print button; the print view drops the chrome and wraps code', async ({ page }) => {
  await page.goto('handouts/syllabus/');
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  await page.goto('projects/baseline-classifier/');
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  await page.goto(codeLecture);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.course-nav', '.toc', '.pager', '.site-footer']) await expect(page.locator(selector).first()).toBeHidden();
  expect(await page.locator('pre').first().evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  const external = page.locator('.prose a[href^="http"]').first();
  expect(await external.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/^" \(" attr\(href\) "\)"$|^" \(http/);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test('meta: description, canonical URL, Open Graph card, sitemap and robots', async ({ page, request }) => {
  await page.goto(lecture);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/shipping-ml\/og\.png$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${BASE}${lecture}$`));
  expect((await request.get('og.png')).status()).toBe(200);
  expect((await request.get('apple-touch-icon.png')).status()).toBe(200);
  const sitemap = await (await request.get('sitemap.xml')).text();
  for (const path of [...lectureRoutes, 'simulations/', 'simulations/classifier/']) expect(sitemap).toContain(`${BASE}${path}</loc>`);
  expect(sitemap).not.toContain('/embed/');
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: http://127.0.0.1:${E2E.port}${BASE}sitemap.xml`);
});
