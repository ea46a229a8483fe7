// Accessibility: axe finds no WCAG 2.1 A/AA violations on each page type, in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { routes } from './site-pages';

const samples = ['', 'lectures/', 'schedule/', 'about/', 'handouts/', 'projects/', 'glossary/', 'weeks/1/'];
const firstOf = (prefix: string) => routes.find((r) => r.startsWith(prefix) && r !== prefix);
for (const prefix of ['lectures/', 'handouts/', 'projects/']) {
  const first = firstOf(prefix);
  if (first) samples.push(first);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const path of samples) {
    test(`axe: /${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}

// Every other lecture, handout and project once, in the light theme: content pages differ in
// figures, tables, task lists and embeds, so one sample per type does not cover them.
const contentPages = routes.filter((r) => /^(lectures|handouts|projects)\/[^/]+\/$/.test(r) && !samples.includes(r));
for (const path of contentPages) {
  test(`axe: /${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`)).toEqual([]);
  });
}

test('keyboard: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('schedule/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
