// Every built page loads with 200, has one h1 and a main landmark, and logs no console errors.
import { expect, test } from '@playwright/test';
import { routes } from './site-pages';

test('the build has every page type', () => {
  for (const path of ['', 'lectures/', 'handouts/', 'projects/', 'schedule/', 'about/', 'weeks/1/']) expect(routes).toContain(path);
  expect(routes.some((r) => /^lectures\/.+\//.test(r))).toBe(true);
  expect(routes.some((r) => /^handouts\/.+\//.test(r))).toBe(true);
  expect(routes.some((r) => /^projects\/.+\//.test(r))).toBe(true);
});

for (const route of routes) {
  test(`renders /${route}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
    await expect(page).toHaveTitle(/Shipping ML/);
    expect(errors).toEqual([]);
  });
}

test('an unknown address gets the helpful 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'All lectures' }).click();
  await expect(page.locator('h1')).toHaveText('Lectures');
});
