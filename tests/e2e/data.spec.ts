// The /data/ page: settings from the address, preview, downloads identical to `npm run data`, clear errors, axe.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { resolveOptions, tableChunks } from '../../simulations/relay-data';

const ready = (page: Page) => expect(page.locator('.relay-data')).toHaveAttribute('data-ready', 'true');

async function download(page: Page, name: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('the address sets the dataset, and both downloads are byte-identical to the command line’s files', async ({ page }) => {
  await page.goto('data/?seed=3&rows=400&drift=new-campaign');
  await ready(page);
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('3');
  await expect(page.locator('.relay-data-cli code')).toHaveText('npm run data -- --seed 3 --rows 400 --drift new-campaign --out data/');
  const { options } = resolveOptions({ seed: '3', rows: '400', drift: 'new-campaign' });
  const expected = (table: 'messages' | 'user_events', format: 'csv' | 'jsonl') => [...tableChunks(options, table, format)].map((c) => c.text).join('');

  const messages = await download(page, /Download messages\.csv/);
  expect(messages.split('\n')).toHaveLength(402);
  expect(messages).toBe(expected('messages', 'csv'));
  await expect(page.getByRole('status').filter({ hasText: 'messages.csv is ready' })).toBeVisible();

  await page.getByLabel(/JSON Lines/).check();
  expect(await download(page, /Download user_events\.jsonl/)).toBe(expected('user_events', 'jsonl'));
});

test('preview shows the first rows of both tables', async ({ page }) => {
  await page.goto('data/');
  await ready(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const messages = page.getByRole('region', { name: 'messages: first 8 rows' });
  await expect(messages.getByRole('row')).toHaveCount(9);
  await expect(messages.getByRole('columnheader', { name: 'label' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'user_events: first 8 rows' }).getByRole('cell', { name: /^e-\d{7}$/ })).toHaveCount(8);
});

test('garbage in the address is named in a notice and the page still works with defaults', async ({ page }) => {
  await page.goto('data/?rows=lots&drift=%3Cscript%3E&colour=red');
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('rows: "lots" is not allowed; write a whole number from 100 to 1000000.');
  await expect(notice).toContainText('drift: "<script>" is not one of none, new-campaign, mimicry, label-delay.');
  await expect(notice).toContainText('"colour" is not a setting');
  await expect(page.getByLabel('Messages', { exact: true })).toHaveValue('10000');
  await expect(page.getByRole('button', { name: 'Preview' })).toBeEnabled();
});

test('a bad value is explained under its field and blocks downloads until fixed', async ({ page }) => {
  await page.goto('data/');
  await ready(page);
  const rows = page.getByLabel('Messages', { exact: true });
  await rows.fill('5');
  await expect(rows).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('"5" is not allowed; write a whole number from 100 to 1000000.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Download messages/ })).toBeDisabled();
  await rows.fill('2000');
  await expect(page.getByRole('button', { name: /Download messages/ })).toBeEnabled();
  await expect(page).toHaveURL(/rows=2000/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: /data/ with a preview and a field error (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('data/');
    await ready(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('region', { name: /messages: first/ })).toBeVisible();
    await page.getByLabel('Days', { exact: true }).fill('0');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`)).toEqual([]);
  });
}
