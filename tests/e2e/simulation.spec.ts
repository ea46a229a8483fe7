// The classifier simulation on the built site: controls, keyboard, URL state, share links, offline, axe.
import { expect, test, type Page } from '@playwright/test';
import { simAxe as axe, simRoot, waitReady } from './sim-helpers';
import { BASE } from './site-pages';
import { E2E } from '../../scripts/build-for-e2e.mjs';

const quick = 'simulations/classifier/?epochs=4&n=400';
const sim = (page: Page) => simRoot(page, 'classifier');
const ready = (page: Page) => waitReady(page, 'classifier');
const epoch = async (page: Page) => Number(await sim(page).getAttribute('data-epoch'));

test('the gallery lists the classifier and its page documents every setting', async ({ page }) => {
  await page.goto('simulations/');
  await page.getByRole('link', { name: 'Train the spam classifier' }).click();
  await expect(page.locator('h1')).toHaveText('Train the spam classifier');
  const table = page.locator('table', { hasText: 'URL key' });
  for (const key of ['model', 'lr', 'epochs', 'n', 'spam', 'noise', 't', 'cost', 'std', 'seed']) await expect(table.locator(`code:text-is("${key}")`)).toHaveCount(1);
  await expect(page.getByRole('link', { name: /L02/ })).toBeVisible();
});

test('play, pause, step and reset drive the training run', async ({ page }) => {
  await page.goto(quick);
  await ready(page);
  const bar = page.getByRole('group', { name: 'Run controls' });
  await bar.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(sim(page)).toHaveAttribute('data-epoch', '1');
  await bar.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  expect(await epoch(page)).toBe(4);
  await expect(page.locator('.sim-progress label')).toHaveText('Epoch 4 of 4');
  await bar.getByRole('button', { name: 'Reset' }).click();
  await expect(sim(page)).toHaveAttribute('data-epoch', '0');
  await expect(sim(page)).toHaveAttribute('data-status', 'ready');
});

test('keyboard alone can step, play, pause and change a setting', async ({ page }) => {
  await page.goto('simulations/classifier/?epochs=40&n=400');
  await ready(page);
  const bar = page.getByRole('group', { name: 'Run controls' });
  await bar.getByRole('button', { name: 'Train one epoch' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim(page)).toHaveAttribute('data-epoch', '1');
  await bar.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(() => epoch(page), { timeout: 20_000 }).toBeGreaterThan(2);
  await page.keyboard.press('Space');
  await expect(sim(page)).toHaveAttribute('data-status', 'paused');
  const threshold = page.getByRole('slider', { name: /Threshold/ });
  await threshold.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Held-out mail at threshold 0.52')).toBeVisible();
  // The threshold only changes how results are read: the trained run is kept.
  expect(await epoch(page)).toBeGreaterThan(2);
  await expect(page).toHaveURL(/[?&]t=0\.52/);
});

test('a share link reproduces the exact run', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('simulations/classifier/?epochs=3&n=400&seed=99&lr=0.2&noise=0.1');
  await ready(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  const matrix = await page.locator('.classifier-sim table').first().innerText();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain(`${BASE}simulations/classifier/?`);
  expect(link).toMatch(/seed=99/);
  const other = await context.newPage();
  await other.goto(link.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${E2E.port}`));
  await ready(other);
  await other.getByRole('button', { name: 'Play' }).click();
  await expect(sim(other)).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  expect(await other.locator('.classifier-sim table').first().innerText()).toBe(matrix);
});

test('garbage in the URL shows a notice and runs with defaults, without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('simulations/classifier/?lr=banana&epochs=-3&seed=&preset=nope');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'lr=banana' });
  await expect(notice).toContainText('lr=banana');
  await expect(notice).toContainText('epochs=-3');
  await expect(notice).toContainText('seed');
  await expect(notice).toContainText('preset=nope');
  await expect(page.getByRole('slider', { name: /Learning rate/ })).toHaveAttribute('aria-valuetext', /0\.3/);
  await page.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(sim(page)).toHaveAttribute('data-epoch', '1');
  await expect(page.locator('.sim-progress label')).toHaveText('Epoch 1 of 25');
  expect(errors).toEqual([]);
});

test('training keeps the number of TF.js tensors flat', async ({ page }) => {
  await page.goto('simulations/classifier/?epochs=12&n=400');
  await ready(page);
  const seen = new Set<string>();
  const step = page.getByRole('button', { name: 'Train one epoch' });
  for (let i = 1; i <= 12; i += 1) {
    await step.click();
    await expect(sim(page)).toHaveAttribute('data-epoch', String(i));
    seen.add((await sim(page).getAttribute('data-tensors'))!);
  }
  expect([...seen]).toHaveLength(1);
});

test('once loaded, the simulation trains with the network offline', async ({ page, context }) => {
  await page.goto(quick);
  await ready(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
  await context.setOffline(false);
});

test('axe: the simulation idle and while playing, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('simulations/classifier/?epochs=60&n=400');
    await ready(page);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => epoch(page)).toBeGreaterThan(1);
    expect(await axe(page)).toEqual([]);
  }
});

test('the embed page has no site chrome and applies a preset from its address', async ({ page }) => {
  await page.goto('embed/classifier/?preset=imbalanced-data&epochs=2&n=400');
  await ready(page);
  await expect(page.locator('.site-header')).toHaveCount(0);
  // The preset applies, then the address's own keys override it (so the picker reads Custom).
  await expect(page.getByRole('slider', { name: /Spam share/ })).toHaveAttribute('aria-valuetext', /0\.02/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 30_000 });
});

test('in a lecture: predict first, the simulation loads when scrolled to, and running it reveals the answer', async ({ page }) => {
  await page.goto('lectures/problem-definition-labeling/');
  const predict = page.locator('.predict');
  const reveal = predict.locator('details');
  await expect(reveal).toBeHidden();
  await predict.getByRole('radio', { name: /0\.9 and 0\.97/ }).check();
  await page.locator('section.simulation').scrollIntoViewIfNeeded();
  await ready(page);
  // The lesson hides the settings it is not about.
  await expect(page.getByRole('slider', { name: /Learning rate/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Train one epoch' }).click();
  await expect(reveal).toBeVisible();
  await expect(predict.getByRole('status')).toHaveText('Your prediction was right.');
  await page.reload();
  await expect(predict.getByRole('radio', { name: /0\.9 and 0\.97/ })).toBeChecked();
  await expect(predict.locator('details')).toBeVisible();
});
