// The streaming simulation on the built site: every preset reaches its lesson, keyboard, URL state, axe while playing.
import { expect, test, type Page } from '@playwright/test';
import { simAxe as axe, simRoot, waitReady } from './sim-helpers';

const sim = (page: Page) => simRoot(page, 'streaming');
const ready = (page: Page) => waitReady(page, 'streaming');
const numberAttr = async (page: Page, name: string) => Number(await sim(page).getAttribute(name));
const runToEnd = async (page: Page) => {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim(page)).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
};

test('the gallery lists the streaming simulation and its page explains every setting', async ({ page }) => {
  await page.goto('simulations/');
  await page.getByRole('link', { name: 'Batch vs. streaming' }).click();
  await expect(page.locator('h1')).toHaveText('Batch vs. streaming');
  const table = page.locator('table', { hasText: 'URL key' });
  for (const key of ['win', 'size', 'wm', 'bound', 'idleto', 'lateness', 'acc', 'early', 'batch', 'campaign', 'seed']) await expect(table.locator(`code:text-is("${key}")`)).toHaveCount(1);
  await expect(page.getByRole('link', { name: /L01/ })).toBeVisible();
});

test.describe('each preset loads from its address and reaches its lesson', () => {
  test.describe.configure({ timeout: 90_000 });

  test('in-order events: nothing late, batch equals stream', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=in-order&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-late')).toBe(0);
    expect(await numberAttr(page, 'data-dropped')).toBe(0);
    expect(await numberAttr(page, 'data-disagreements')).toBe(0);
  });

  test('late stragglers are dropped, and allowed lateness brings them back', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=late-stragglers&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-dropped')).toBeGreaterThan(5);
    await page.goto('simulations/streaming/?preset=late-stragglers&lateness=120&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-dropped')).toBe(0);
    expect(await numberAttr(page, 'data-late')).toBeGreaterThan(5);
  });

  test('an idle partition is set aside after the timeout', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=idle-partition&tick=30');
    await ready(page);
    await runToEnd(page);
    await expect(sim(page).getByText('idle', { exact: true })).toBeVisible();
  });

  test('a too-aggressive watermark drops data', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=too-aggressive-watermark&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-dropped')).toBeGreaterThan(5);
  });

  test('accumulating panes make a downstream sum count twice', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=accumulating-double-count&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-downstream-sum')).toBeGreaterThan(2 * (await numberAttr(page, 'data-counted')));
  });

  test('campaign burst: the streaming model keeps its recall, the batch model loses it until its run', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=campaign-burst&tick=600&dur=420');
    await ready(page);
    await runToEnd(page);
    const chart = sim(page).locator('figure', { hasText: 'Recall: share of spam caught' });
    await chart.getByText('Show data').click();
    const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    // Rows: processing time "h:mm:ss", batch recall %, streaming recall %.
    const hours = (clock: string) => clock.split(':').map(Number).reduce((total, part) => total * 60 + part, 0) / 3600;
    const during = rows.filter(([t]) => hours(t!) > 2.5 && hours(t!) <= 6).map(([, batch, streaming]) => Number(streaming) - Number(batch));
    expect(during.length).toBeGreaterThan(5);
    expect(during.reduce((a, b) => a + b, 0) / during.length).toBeGreaterThan(30);
    const after = rows.filter(([t]) => hours(t!) > 6.3).map(([, batch]) => Number(batch));
    expect(Math.min(...after)).toBeGreaterThan(70);
  });

  test('Lambda vs Kappa: the two paths disagree until lateness is allowed', async ({ page }) => {
    await page.goto('simulations/streaming/?preset=lambda-vs-kappa&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-disagreements')).toBeGreaterThan(0);
    await page.goto('simulations/streaming/?preset=lambda-vs-kappa&lateness=180&tick=60');
    await ready(page);
    await runToEnd(page);
    expect(await numberAttr(page, 'data-disagreements')).toBe(0);
  });
});

test('keyboard alone can step, play, pause and change a setting', async ({ page }) => {
  await page.goto('simulations/streaming/');
  await ready(page);
  const bar = page.getByRole('group', { name: 'Run controls' });
  await bar.getByRole('button', { name: 'Advance one step' }).focus();
  await page.keyboard.press('Enter');
  await expect(sim(page)).toHaveAttribute('data-now', '5000');
  await bar.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Space');
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect.poll(() => numberAttr(page, 'data-now')).toBeGreaterThan(20_000);
  await page.keyboard.press('Space');
  await expect(sim(page)).toHaveAttribute('data-status', 'paused');
  const windowKind = page.getByRole('combobox', { name: 'Window' });
  await windowKind.focus();
  await windowKind.selectOption('sliding');
  await expect(page).toHaveURL(/[?&]win=sliding/);
  // A new setting restarts the run from the beginning.
  await expect(sim(page)).toHaveAttribute('data-now', '0');
});

test('garbage in the URL gives a notice and a working simulation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('simulations/streaming/?win=hexagonal&bound=-4&parts=99');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'win=hexagonal' });
  await expect(notice).toContainText('bound=-4');
  await page.getByRole('button', { name: 'Advance one step' }).click();
  await expect(sim(page)).toHaveAttribute('data-now', '5000');
  expect(errors).toEqual([]);
});

test('tensors stay flat while the models serve and learn', async ({ page }) => {
  await page.goto('simulations/streaming/?preset=campaign-burst&dur=120');
  await ready(page);
  const before = await numberAttr(page, 'data-tensors');
  await runToEnd(page);
  expect(await numberAttr(page, 'data-tensors')).toBe(before);
});

test('axe: idle and while playing, light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('simulations/streaming/?preset=accumulating-double-count');
    await ready(page);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => numberAttr(page, 'data-now'), { timeout: 20_000 }).toBeGreaterThan(200_000);
    expect(await axe(page)).toEqual([]);
  }
});

test('in Lecture 1: predict, then the campaign burst runs in place with its lesson settings only', async ({ page }) => {
  await page.goto('lectures/interactive-batch-streaming/');
  const predict = page.locator('.predict', { hasText: 'campaign starts at hour 2' });
  await predict.getByRole('radio', { name: /streaming model recovers/ }).check();
  await page.locator('section.simulation').scrollIntoViewIfNeeded();
  await ready(page);
  await expect(page.getByRole('combobox', { name: 'Watermark' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: /Batch job every/ })).toBeVisible();
  await page.getByRole('button', { name: 'Advance one step' }).click();
  await expect(predict.getByRole('status')).toHaveText('Your prediction was right.');
});

test('in Lecture 9: three embeds on one page; running one reveals only the question above it', async ({ page }) => {
  await page.goto('lectures/streaming-time-windows/');
  const sims = page.locator('section.simulation');
  await expect(sims).toHaveCount(3);
  const predicts = page.locator('.predict');
  await expect(predicts).toHaveCount(3);
  // The second embed (late stragglers): predict, run one step, and only its question reveals.
  await predicts.nth(1).getByRole('radio', { name: /miss their window/ }).check();
  await sims.nth(1).scrollIntoViewIfNeeded();
  const second = sims.nth(1).locator('.streaming-sim');
  await expect(second).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  await sims.nth(1).getByRole('button', { name: 'Advance one step' }).click();
  await expect(predicts.nth(1).getByRole('status')).toHaveText('Your prediction was right.');
  await expect(predicts.nth(0).locator('details')).toBeHidden();
  await expect(predicts.nth(2).locator('details')).toBeHidden();
  // With all three loaded and stepped once, every id inside them is unique on the page.
  for (const i of [0, 2]) {
    await sims.nth(i).scrollIntoViewIfNeeded();
    await expect(sims.nth(i).locator('.streaming-sim')).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
    await sims.nth(i).getByRole('button', { name: 'Advance one step' }).click();
  }
  await expect(predicts.nth(0).locator('details')).toBeVisible();
  const ids = await page.locator('.simulation [id]').evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(ids.length);
});
