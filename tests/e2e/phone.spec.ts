// At a 390-px phone width, no page scrolls sideways; wide tables and figures scroll inside their box.
import { expect, test } from '@playwright/test';
import { routes } from './site-pages';

for (const route of routes) {
  test(`no sideways scroll on a phone: /${route}`, async ({ page }) => {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
