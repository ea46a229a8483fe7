// At a 390-px phone width, no page scrolls sideways; wide tables and figures scroll inside their box.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes } from './site-pages';

for (const route of routes) {
  test(`no sideways scroll on a phone: /${route}`, async ({ page }) => {
    await page.goto(route);
    // A simulation draws its panels only once its engine is ready; measure what a reader then sees.
    if (/^(embed|simulations)\/[a-z-]+\/$/.test(route)) await expect(page.locator('main [data-status]').first()).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('on a phone the course contents open as a panel and close again', async ({ page }) => {
  await page.goto('lectures/problem-definition-labeling/');
  const nav = page.getByRole('navigation', { name: 'Course' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(nav).toBeVisible();
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
  await nav.getByRole('button', { name: 'Close' }).click();
  await expect(nav).toBeHidden();
});

test('on a phone the table of contents starts folded above the lecture', async ({ page }) => {
  await page.goto('lectures/problem-definition-labeling/');
  const toc = page.locator('.toc details');
  await expect(toc).not.toHaveAttribute('open', '');
  await toc.locator('summary').click();
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Key takeaways' })).toBeVisible();
});

for (const path of ['', 'lectures/problem-definition-labeling/', 'schedule/', 'glossary/']) {
  test(`axe at 390 px: /${path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)).toEqual([]);
  });
}

test('on a phone the simulation fits, its settings fold away, and it trains', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('simulations/classifier/?epochs=3&n=400');
  const sim = page.locator('.classifier-sim');
  await expect(sim).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(page.getByRole('slider', { name: /Learning rate/ })).toBeHidden();
  await page.locator('summary', { hasText: 'Settings' }).click();
  await expect(page.getByRole('slider', { name: /Learning rate/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).include('.simulation').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)).toEqual([]);
});
