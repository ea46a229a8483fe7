// Search: opened on demand (button, "/", Ctrl-K), finds a lecture by a word in its body, under the base path.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE } from './site-pages';

const lecture = 'lectures/problem-definition-labeling/';

/** Every script the page loaded, with its size in bytes. */
function trackScripts(page: Page) {
  const scripts: { url: string; bytes: number; text: string }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const text = await response.text().catch(() => '');
    scripts.push({ url: response.url(), bytes: Buffer.byteLength(text), text });
  });
  return scripts;
}

test('a prose lecture ships no framework JavaScript and loads search only when it is opened', async ({ page }) => {
  const scripts = trackScripts(page);
  // Lecture 4 has no simulation (Lectures 1 and 2 do).
  await page.goto('lectures/http-and-rest/');
  await page.waitForLoadState('networkidle');
  const before = scripts.map((s) => s.url);
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(scripts.filter((s) => /react|astro-island|hydrat/i.test(s.text)).map((s) => s.url)).toEqual([]);
  expect(before.some((u) => u.includes('pagefind'))).toBe(false);
  // The page's own scripts (theme toggle, search shortcut, copy buttons) stay small.
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  expect(total).toBeLessThan(8_000);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
  await expect.poll(() => scripts.some((s) => s.url.endsWith(`${BASE}pagefind/pagefind.js`))).toBe(true);
});

test('a lecture with a simulation loads React only when the simulation scrolls into view', async ({ page }) => {
  const scripts = trackScripts(page);
  await page.goto(lecture);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /react|jsx-runtime/i.test(s.url) || s.text.includes('react.production')).map((s) => s.url)).toEqual([]);
  await page.locator('section.simulation').scrollIntoViewIfNeeded();
  await expect(page.locator('.classifier-sim')).toBeVisible({ timeout: 30_000 });
  expect(scripts.some((s) => s.text.includes('react'))).toBe(true);
});

test('a word that appears only in a lecture body finds that lecture, with an excerpt', async ({ page }) => {
  await page.goto('schedule/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('dentist');
  const result = dialog.getByRole('link', { name: 'Defining the problem and labeling data' });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', `${BASE}${lecture}`);
  await expect(dialog.locator('.search-results mark').first()).toHaveText(/dentist/i);
  await expect(dialog.getByRole('status')).toHaveText('1 page found.');
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${lecture}$`));
});

test('Ctrl-K opens search, Escape closes it and focus returns to where it was', async ({ page }) => {
  await page.goto(lecture);
  const button = page.getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await expect(dialog).toBeVisible();
  // Pagefind falls back to indexed words that are a prefix of the query, so any Latin letter can
  // match a lone "X" or "-q" in a code block; a query in a script the course never uses cannot.
  await dialog.getByRole('searchbox').fill('ƣƣƣƣƣƣ');
  await expect(dialog.getByRole('status')).toHaveText(/No pages match/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('"/" typed into a form field does not open search', async ({ page }) => {
  await page.goto(lecture);
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('searchbox');
  await input.fill('a/b');
  await expect(input).toHaveValue('a/b');
});

test('axe: search open with results (light and dark)', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('schedule/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('label');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
