// The canary simulation on the built site: every preset tells its story, keyboard, URL state, exports that parse, tensors, axe while playing.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { simAxe as axe, simRoot, waitReady } from './sim-helpers';

const sim = (page: Page) => simRoot(page, 'canary');
const ready = (page: Page) => waitReady(page, 'canary');
const attr = async (page: Page, name: string) => (await sim(page).getAttribute(name)) ?? '';
const runToEnd = async (page: Page) => {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
};
const log = (page: Page) => page.locator('.canary-log');

test('the gallery lists the canary simulation and its page explains every setting', async ({ page }) => {
  await page.goto('simulations/');
  await page.getByRole('link', { name: 'Canary deploys' }).click();
  await expect(page.locator('h1')).toHaveText('Canary deploys');
  await expect(page.getByText('How do I ship a new model version without hurting everyone if it is bad?')).toBeVisible();
  const table = page.locator('table', { hasText: 'URL key' });
  for (const key of ['v2', 'err', 'rate', 'delay', 'strategy', 'interval', 'step', 'max', 'pause', 'flimit', 'threshold', 'human', 'success', 'p99', 'pass', 'marginal', 'minpts', 'run', 'seed']) {
    await expect(table.locator(`code:text-is("${key}")`)).toHaveCount(1);
  }
  await expect(page.locator('.scenario-list dt')).toHaveCount(7);
});

test.describe('each preset loads from its address and tells its story', () => {
  test.describe.configure({ timeout: 90_000 });

  test('broken release: two failed measurements abort the rollout at 2:00 and traffic returns to v1', async ({ page }) => {
    await page.goto('simulations/canary/?preset=broken-release&run=6');
    await ready(page);
    await runToEnd(page);
    expect([await attr(page, 'data-phase'), await attr(page, 'data-decided-at'), await attr(page, 'data-canary-weight')]).toEqual(['aborted', '120', '0']);
    await expect(log(page).locator('li[data-kind="abort"]')).toContainText('Rollout aborted');
    await expect(log(page).locator('li[data-outcome="fail"]')).toHaveCount(2);
    expect(Number(await attr(page, 'data-harmed'))).toBeGreaterThan(0);
  });

  test('good release: five steps, every measurement passes, promoted at 10:00', async ({ page }) => {
    await page.goto('simulations/canary/?preset=good-release&run=12');
    await ready(page);
    await runToEnd(page);
    expect([await attr(page, 'data-phase'), await attr(page, 'data-decided-at'), await attr(page, 'data-canary-weight')]).toEqual(['promoted', '600', '100']);
    await expect(log(page).locator('li[data-kind="set-weight"]')).toHaveCount(5);
    await expect(log(page).locator('li[data-outcome="fail"]')).toHaveCount(0);
  });

  test('low traffic: the Kayenta judge says there is not enough data and never promotes', async ({ page }) => {
    await page.goto('simulations/canary/?preset=low-traffic&strategy=kayenta&run=10');
    await ready(page);
    await runToEnd(page);
    expect(await attr(page, 'data-phase')).not.toBe('promoted');
    await expect(page.getByRole('table', { name: /Latest judgement/ })).toContainText('not enough data');
    await expect(page.locator('.canary-log')).not.toContainText('promot');
  });

  test('quality regression: green checks and a promotion, while the late labels show less spam caught', async ({ page }) => {
    await page.goto('simulations/canary/?preset=quality-regression&run=30');
    await ready(page);
    await runToEnd(page);
    expect(await attr(page, 'data-phase')).toBe('promoted');
    await expect(log(page).locator('li[data-outcome="fail"], li[data-outcome="inconclusive"]')).toHaveCount(0);
    expect(Number(await attr(page, 'data-harmed'))).toBeGreaterThan(1000);
    const chart = page.getByRole('img', { name: /^Spam caught, once labelled/ });
    await expect(chart).toHaveAttribute('aria-label', /Labels have arrived up to/);
    const [, v1, v2] = /So far: v1 ([\d.]+)\s%, v2 ([\d.]+)\s%/.exec((await chart.getAttribute('aria-label')) ?? '') ?? [];
    expect(Number(v2)).toBeLessThan(Number(v1));
  });

  test('shadow first: users never get v2, nobody is harmed, and the mirrored failures stop it', async ({ page }) => {
    await page.goto('simulations/canary/?preset=shadow-first&run=12');
    await ready(page);
    await runToEnd(page);
    expect([await attr(page, 'data-phase'), await attr(page, 'data-canary-weight'), await attr(page, 'data-exposed'), await attr(page, 'data-harmed')]).toEqual(['aborted', '0', '0', '0']);
  });
});

test('the settings follow the strategy: only those that strategy reads are shown', async ({ page }) => {
  await page.goto('simulations/canary/');
  await ready(page);
  await expect(page.getByLabel('Pause per step')).toBeVisible();
  await expect(page.getByLabel('Failed-check threshold')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Strategy' }).selectOption('flagger');
  await expect(page.getByLabel('Failed-check threshold')).toBeVisible();
  await expect(page.getByLabel('Pause per step')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]strategy=flagger/);
});

test('keyboard alone can step, play, pause and change a setting', async ({ page }) => {
  await page.goto('simulations/canary/?run=10');
  await ready(page);
  const bar = page.getByRole('group', { name: 'Run controls' });
  await bar.getByRole('button', { name: 'Next 5 seconds' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim(page)).toHaveAttribute('data-now', '5');
  await bar.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(async () => Number(await attr(page, 'data-now'))).toBeGreaterThan(30);
  await page.keyboard.press('Space');
  await expect(sim(page)).toHaveAttribute('data-status', 'paused');
  const variant = page.getByRole('combobox', { name: 'The new version (v2)' });
  await variant.focus();
  await variant.selectOption('slow');
  await expect(page).toHaveURL(/[?&]v2=slow/);
  await expect(sim(page)).toHaveAttribute('data-now', '0');
});

test('garbage in the URL gives a notice and a working simulation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('simulations/canary/?v2=mystery&rate=-3&strategy=yolo');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'v2=mystery' });
  await expect(notice).toContainText('rate=-3');
  await page.getByRole('button', { name: 'Next 5 seconds' }).click();
  await expect(sim(page)).toHaveAttribute('data-now', '5');
  expect(errors).toEqual([]);
});

test('exports: the Argo and Flagger manifests follow the settings and parse', async ({ page }) => {
  await page.goto('simulations/canary/?step=25&interval=30&flimit=2&p99=80');
  await ready(page);
  const group = page.getByRole('group', { name: 'Export this rollout' });
  const download = async (name: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), docs: parseAllDocuments(await readFile((await file.path())!, 'utf8')).map((doc) => doc.toJS()) };
  };
  const argo = await download(/Argo/);
  expect(argo.name).toBe('relay-scorer-rollout.yaml');
  expect(argo.docs.map((doc) => doc.kind)).toEqual(['Rollout', 'AnalysisTemplate']);
  const setWeights = argo.docs[0].spec.strategy.canary.steps.flatMap((step: { setWeight?: number }) => (step.setWeight === undefined ? [] : [step.setWeight]));
  expect(setWeights).toEqual([25, 50, 75, 100]);
  const metrics = argo.docs[1].spec.metrics;
  expect(metrics.every((metric: { interval: string; failureLimit: number }) => metric.interval === '30s' && metric.failureLimit === 2)).toBe(true);
  expect(JSON.stringify(metrics)).toContain('80');
  const flagger = await download(/Flagger/);
  expect(flagger.docs.map((doc) => doc.kind)).toContain('Canary');
  const canary = flagger.docs.find((doc) => doc.kind === 'Canary');
  expect(canary.spec.analysis).toMatchObject({ interval: '30s', stepWeight: 25 });
});

test('tensors stay flat while both models serve', async ({ page }) => {
  await page.goto('simulations/canary/?strategy=kayenta&run=8');
  await ready(page);
  const before = await attr(page, 'data-tensors');
  await runToEnd(page);
  expect(await attr(page, 'data-tensors')).toBe(before);
});

test('axe: idle and while playing, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('simulations/canary/?preset=low-traffic&strategy=kayenta');
    await ready(page);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await attr(page, 'data-now')), { timeout: 20_000 }).toBeGreaterThan(150);
    expect(await axe(page)).toEqual([]);
  }
});

test('in Lecture 19: four canary embeds; running the broken release reveals its question and rolls back', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('lectures/deployment-strategies/');
  const sims = page.locator('section.simulation');
  await expect(sims).toHaveCount(4);
  const predicts = page.locator('.predict');
  await predicts.first().getByRole('radio', { name: /aborts at 20 %/ }).check();
  await sims.first().scrollIntoViewIfNeeded();
  const first = sims.first().locator('.canary-sim');
  await expect(first).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  await sims.first().getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await sims.first().getByRole('button', { name: 'Play' }).click();
  await expect(predicts.first().getByRole('status')).toHaveText('Your prediction was right.');
  await expect(first).toHaveAttribute('data-phase', 'aborted', { timeout: 30_000 });
  await expect(predicts.nth(1).locator('details')).toBeHidden();
  const ids = await page.locator('.simulation [id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
});
