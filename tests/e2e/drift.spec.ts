// The drift simulation on the built site: every preset reaches its lesson, keyboard, URL state, tensors, axe while playing.
import { expect, test, type Page } from '@playwright/test';
import { simAxe as axe, simRoot, waitReady } from './sim-helpers';

const sim = (page: Page) => simRoot(page, 'drift');
const ready = (page: Page) => waitReady(page, 'drift');
const numberAttr = async (page: Page, name: string) => Number(await sim(page).getAttribute(name));
const drifted = async (page: Page) => ((await sim(page).getAttribute('data-drifted')) ?? '').split(' ').filter(Boolean);
const runToEnd = async (page: Page) => {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
};
/** Presses "Next batch" until the run has served `batch` batches. */
const stepTo = async (page: Page, batch: number) => {
  const next = page.getByRole('button', { name: 'Next batch' });
  while ((await numberAttr(page, 'data-batch')) < batch) {
    const before = await numberAttr(page, 'data-batch');
    await next.click();
    await expect(sim(page)).toHaveAttribute('data-batch', String(before + 1));
  }
};

test('the gallery lists the drift simulation and its page explains every setting', async ({ page }) => {
  await page.goto('simulations/');
  await page.getByRole('link', { name: 'Drift monitoring' }).click();
  await expect(page.locator('h1')).toHaveText('Drift monitoring');
  await expect(page.getByText('How do I know my model is getting worse in production when labels arrive late?')).toBeVisible();
  const table = page.locator('table', { hasText: 'URL key' });
  const keys = ['scenario', 'strength', 'start', 'fault', 'extra', 'batch', 'ref', 'delay', 'tests', 'alpha', 'bonf', 'dist', 'psiw', 'psia', 'auc', 'drop', 'alert', 'policy', 'run', 'seed'];
  for (const key of keys) await expect(table.locator(`code:text-is("${key}")`)).toHaveCount(1);
  await expect(page.locator('.scenario-list dt')).toHaveCount(9);
});

test.describe('each preset loads from its address and reaches its lesson', () => {
  test.describe.configure({ timeout: 90_000 });

  test('no drift: every alert is a false alarm', async ({ page }) => {
    await page.goto('simulations/drift/?preset=no-drift&run=20');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-alerts')).toBeGreaterThan(0);
    expect(await numberAttr(page, 'data-false-alarms')).toBe(await numberAttr(page, 'data-alerts'));
    await expect(sim(page)).toHaveAttribute('data-detected-at', '');
  });

  test('covariate drift: the length column is flagged from the first drifted batch, and accuracy barely moves', async ({ page }) => {
    await page.goto('simulations/drift/?preset=covariate-drift&start=5&run=10&alert=any-feature');
    await ready(page);
    await stepTo(page, 4);
    expect(await drifted(page)).not.toContain('length');
    await expect(sim(page)).toHaveAttribute('data-detected-at', '');
    const falseBefore = await numberAttr(page, 'data-false-alarms');
    await stepTo(page, 5);
    expect(await drifted(page)).toContain('length');
    await expect(sim(page)).toHaveAttribute('data-detected-at', '5');
    await runToEnd(page);
    expect(await drifted(page)).toContain('length');
    expect(await numberAttr(page, 'data-alerts')).toBeGreaterThanOrEqual(6);
    expect(await numberAttr(page, 'data-false-alarms')).toBe(falseBefore);
    expect(Math.abs((await numberAttr(page, 'data-true')) - (await numberAttr(page, 'data-estimated')))).toBeLessThan(0.03);
  });

  test('prior shift: most columns drift and the estimate follows the true accuracy', async ({ page }) => {
    await page.goto('simulations/drift/?preset=prior-shift&start=5&run=10');
    await ready(page);
    await runToEnd(page);
    await expect(sim(page)).toHaveAttribute('data-detected-at', '5');
    expect((await drifted(page)).length).toBeGreaterThanOrEqual(4);
    expect(Math.abs((await numberAttr(page, 'data-true')) - (await numberAttr(page, 'data-estimated')))).toBeLessThan(0.03);
  });

  test('concept drift: the estimate stays put; the true accuracy falls only once the labels arrive', async ({ page }) => {
    await page.goto('simulations/drift/?preset=concept-drift&start=5&run=10');
    await ready(page);
    // Batches 5–7 are drifted, but their labels are 3 batches late: nothing can see it yet.
    await stepTo(page, 7);
    expect(await numberAttr(page, 'data-alerts')).toBe(0);
    expect(await numberAttr(page, 'data-estimated')).toBeGreaterThan(0.9);
    expect(await numberAttr(page, 'data-true')).toBeGreaterThan(0.9);
    await stepTo(page, 8);
    expect(await numberAttr(page, 'data-estimated')).toBeGreaterThan(0.9);
    expect(await numberAttr(page, 'data-true')).toBeLessThan(0.85);
    await expect(sim(page)).toHaveAttribute('data-detected-at', '8');
    await expect(page.getByRole('img', { name: /^Estimated vs true accuracy\. Batch 8: estimated accuracy 9\d/ })).toBeVisible();
  });

  test('seasonality: weekends raise alarms, all of them false', async ({ page }) => {
    await page.goto('simulations/drift/?preset=seasonality&run=14');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-alerts')).toBeGreaterThan(3);
    expect(await numberAttr(page, 'data-false-alarms')).toBe(await numberAttr(page, 'data-alerts'));
    await expect(sim(page)).toHaveAttribute('data-detected-at', '');
  });

  test('broken feature: the reputation column’s PSI raises the alert at once', async ({ page }) => {
    await page.goto('simulations/drift/?preset=broken-feature&start=5&run=8');
    await ready(page);
    await runToEnd(page);
    await expect(sim(page)).toHaveAttribute('data-detected-at', '5');
    expect(await drifted(page)).toContain('reputation');
    expect(await numberAttr(page, 'data-false-alarms')).toBe(0);
  });

  test('butterfly: the domain classifier alerts while the columns look unchanged', async ({ page }) => {
    await page.goto('simulations/drift/?preset=butterfly&start=5&run=8');
    await ready(page);
    await runToEnd(page);
    await expect(sim(page)).toHaveAttribute('data-detected-at', '5');
    expect(await numberAttr(page, 'data-alerts')).toBe(4);
    expect(await numberAttr(page, 'data-false-alarms')).toBe(0);
    expect(await numberAttr(page, 'data-auc')).toBeGreaterThan(0.7);
    expect((await drifted(page)).length).toBeLessThanOrEqual(1);
  });

  test('large batches: KS flags a 5 % change that the distance calls negligible', async ({ page }) => {
    await page.goto('simulations/drift/?preset=large-batches&run=5');
    await ready(page);
    await runToEnd(page);
    expect(await drifted(page)).toEqual(['length']);
    const facts = sim(page).locator('.drift-facts');
    await expect(facts).toContainText(/KS test: p [<=] 0\.0/);
    const distance = Number(await facts.locator('dt:text-is("Distance (not deciding)") + dd').textContent());
    expect(distance).toBeLessThan(0.1);
  });

  test('many columns: false alarms pile up, and Bonferroni cuts them', async ({ page }) => {
    await page.goto('simulations/drift/?preset=many-features&run=16');
    await ready(page);
    await runToEnd(page);
    const plain = await numberAttr(page, 'data-false-alarms');
    expect(plain).toBeGreaterThanOrEqual(6);
    await page.goto('simulations/drift/?preset=many-features&run=16&bonf=true');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-false-alarms')).toBeLessThanOrEqual(plain / 4);
  });
});

test('keyboard alone can step, play, pause and change a setting', async ({ page }) => {
  await page.goto('simulations/drift/?run=30');
  await ready(page);
  const bar = page.getByRole('group', { name: 'Run controls' });
  await bar.getByRole('button', { name: 'Next batch' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim(page)).toHaveAttribute('data-batch', '1');
  await bar.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(() => numberAttr(page, 'data-batch')).toBeGreaterThan(3);
  await page.keyboard.press('Space');
  await expect(sim(page)).toHaveAttribute('data-status', 'paused');
  const alertOn = page.getByRole('combobox', { name: 'Alert on' });
  await alertOn.focus();
  await alertOn.selectOption('domain-classifier');
  await expect(page).toHaveURL(/[?&]alert=domain-classifier/);
  // A new setting restarts the run from the first batch.
  await expect(sim(page)).toHaveAttribute('data-batch', '0');
});

test('garbage in the URL gives a notice and a working simulation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('simulations/drift/?scenario=hexagonal&delay=-4&run=9999');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'scenario=hexagonal' });
  await expect(notice).toContainText('delay=-4');
  await page.getByRole('button', { name: 'Next batch' }).click();
  await expect(sim(page)).toHaveAttribute('data-batch', '1');
  expect(errors).toEqual([]);
});

test('tensors stay flat while the model serves, retrains and the domain classifier trains', async ({ page }) => {
  await page.goto('simulations/drift/?preset=covariate-drift&start=3&run=12&alert=psi&policy=retrain');
  await ready(page);
  const before = await numberAttr(page, 'data-tensors');
  await runToEnd(page);
  expect(await numberAttr(page, 'data-retrains')).toBeGreaterThan(0);
  expect(await numberAttr(page, 'data-tensors')).toBe(before);
});

test('axe: idle and while playing, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('simulations/drift/?preset=butterfly&start=4&policy=retrain');
    await ready(page);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => numberAttr(page, 'data-batch'), { timeout: 20_000 }).toBeGreaterThan(8);
    expect(await axe(page)).toEqual([]);
  }
});

test('in Lecture 21: four drift embeds; stepping the concept-drift one reveals only its question', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('lectures/data-concept-drift/');
  const sims = page.locator('section.simulation');
  await expect(sims).toHaveCount(4);
  const last = sims.last();
  await page.locator('.predict').last().getByRole('radio', { name: /once the labels arrive/ }).check();
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.drift-sim')).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  await last.getByRole('button', { name: 'Next batch' }).click();
  await expect(page.locator('.predict').last().getByRole('status')).toHaveText('Your prediction was right.');
  await expect(last.locator('.drift-sim')).toHaveAttribute('data-batch', '1');
});
