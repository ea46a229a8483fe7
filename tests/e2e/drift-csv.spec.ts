// The drift sim's "check your own data" and "export" on the built site: errors by row and column, both file modes, 100k rows, downloads that parse.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { mailLog } from '../../bench/lib/mail-log.mjs';
import { simAxe as axe, waitReady } from './sim-helpers';

const panel = (page: Page) => page.locator('.drift-csv');
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function twoFiles(page: Page, reference: string, current: string) {
  await panel(page).getByLabel('Two files: a reference and a current one').check();
  await panel(page).getByLabel(/^Reference CSV/).setInputFiles(csvFile('reference.csv', reference));
  await panel(page).getByLabel(/^Current CSV/).setInputFiles(csvFile('current.csv', current));
  await panel(page).getByRole('button', { name: 'Analyse' }).click();
}

async function oneFile(page: Page, text: string, name = 'mail.csv') {
  await panel(page).getByLabel('One file with a time column').check();
  await panel(page).getByLabel('CSV with a time column').setInputFiles(csvFile(name, text));
  await panel(page).getByRole('button', { name: 'Analyse' }).click();
}

const textOf = async (download: Download) => readFile((await download.path())!, 'utf8');

test.beforeEach(async ({ page }) => {
  await page.goto('simulations/drift/');
  await waitReady(page, 'drift');
});

test('a malformed CSV gives messages that name the file, the row and the column, and analyses the rest', async ({ page }) => {
  const reference = ['length,lang', ...Array.from({ length: 40 }, (_, i) => `${100 + i},en`)].join('\n');
  const current = ['length,lang', '120,en', '130', '140,en,extra', ...Array.from({ length: 36 }, (_, i) => `${i === 10 ? 'long' : 300 + i},fr`)].join('\n');
  await twoFiles(page, reference, current);
  const issues = panel(page).locator('.drift-csv-issues');
  await expect(issues).toContainText('current.csv: Row 3');
  await expect(issues).toContainText('current.csv: Row 4');
  await expect(issues.locator('li[data-row="15"][data-column="length"]')).toContainText('"long"');
  // The well-formed rows are still compared: both columns moved.
  await expect(panel(page).locator('.drift-csv-results tbody tr')).toHaveCount(1);
  await expect(panel(page).locator('.drift-csv-results tbody td').nth(1)).toHaveText('length, lang');
});

test('a file with nothing readable gives an alert, not an empty panel', async ({ page }) => {
  await twoFiles(page, 'a,a\n1,2\n', 'a,b\n1,2\n');
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('Nothing could be analysed');
  await expect(alert).toContainText('reference.csv: Row 1 (the header)');
  await expect(panel(page).locator('.drift-csv-results')).toHaveCount(0);
  // One file without a time column says what to add.
  await oneFile(page, 'a,b\n1,x\n2,y\n');
  await expect(panel(page).getByRole('alert')).toContainText('No column holds ISO 8601 dates');
});

test('one file is cut by day: the first week is the reference and the longer mail of the last week drifts', async ({ page }) => {
  await oneFile(page, mailLog(8000));
  const results = panel(page).locator('.drift-csv-results');
  await expect(results).toHaveAttribute('data-batches', '21');
  const rows = results.locator('tbody tr');
  await expect(rows.first().locator('th')).toHaveText('2027-01-11');
  for (const day of ['2027-01-25', '2027-01-31']) await expect(rows.filter({ hasText: day }).locator('td').nth(1)).toContainText('body_length');
  await expect(rows.filter({ hasText: '2027-01-12' }).locator('td').nth(1)).not.toContainText('body_length');
  await expect(results.locator('.drift-csv-skipped')).toContainText('Column "message_id" is not tested: it looks like an identifier');
  // Changing a check in the settings analyses again: distances instead of tests.
  await page.getByRole('combobox', { name: 'Per-feature check' }).selectOption('distances');
  await expect(panel(page)).toHaveAttribute('data-csv-status', 'done');
  await results.getByText('Show data').click();
  await expect(results.locator('table').first()).toContainText('W ');
});

test('a 100,000-row file is analysed in the worker and the page keeps answering', async ({ page }) => {
  test.setTimeout(90_000);
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => (window as unknown as { longTasks: number[] }).longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  });
  await oneFile(page, mailLog(100_000), 'mail-100k.csv');
  // While it runs, the simulation still steps: the main thread is free.
  await page.getByRole('button', { name: 'Next batch' }).click();
  await expect(page.locator('.drift-sim')).toHaveAttribute('data-batch', '1');
  await expect(panel(page).locator('.drift-csv-results')).toHaveAttribute('data-batches', '21', { timeout: 60_000 });
  // Timing is measured by `npm run bench:csv`, not asserted here; the figure is kept with the test for reading.
  const longest = await page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)));
  test.info().annotations.push({ type: 'longest main-thread task (ms)', description: String(longest) });
});

test('export: the Evidently suite and the alert rules follow the settings and the columns, and parse', async ({ page }) => {
  await page.goto('simulations/drift/?tests=tests&alpha=0.01&bonf=1&extra=2');
  await waitReady(page, 'drift');
  const exportGroup = page.getByRole('group', { name: 'Export these drift checks' });
  const download = async (name: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent('download'), exportGroup.getByRole('button', { name }).click()]);
    return file;
  };
  const json = await download(/JSON/);
  expect(json.suggestedFilename()).toBe('drift-test-suite.json');
  const suite = JSON.parse(await textOf(json));
  expect(JSON.stringify(suite)).toContain('extra_02');
  expect(JSON.stringify(suite)).toMatch(/0\.01/);
  const yaml = await download(/test suite \(YAML\)/);
  expect(parse(await textOf(yaml))).toEqual(suite);
  const rules = parse(await textOf(await download(/alert rules/)));
  expect(rules.groups[0].rules.length).toBeGreaterThan(0);
  for (const rule of rules.groups[0].rules) expect(Object.keys(rule)).toEqual(expect.arrayContaining(['alert', 'expr']));
  await expect(exportGroup.getByRole('status')).toHaveText('Downloaded drift-alert-rules.yaml.');
  // After a CSV is analysed, the export describes its columns instead.
  await oneFile(page, mailLog(3000));
  await expect(panel(page).locator('.drift-csv-results')).toBeVisible();
  await expect(exportGroup).toContainText('of your CSV');
  const fromCsv = JSON.stringify(JSON.parse(await textOf(await download(/JSON/))));
  expect(fromCsv).toContain('body_length');
  expect(fromCsv).not.toContain('extra_02');
});

test('axe: the CSV panel with problems and with results, light and dark', async ({ page }) => {
  await twoFiles(page, 'x,y\n1,a\n2,b\n3,c\n', 'x,y\n1,a\n2\n3,c\n');
  await expect(panel(page).locator('.drift-csv-issues')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await oneFile(page, mailLog(3000));
  await expect(panel(page).locator('.drift-csv-results')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
});
