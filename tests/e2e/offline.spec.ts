// Offline: after one visit the whole course works without a network; a new deploy arrives whole, after the reader reloads.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E } from '../../scripts/build-for-e2e.mjs';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { lectureRoutes } from './site-pages';

test.use({ serviceWorkers: 'allow' });

const availableOffline = (page: Page) => expect(page.locator('[data-offline-status]')).toHaveText('Available offline ✓', { timeout: 60_000 });

test('after one visit, a never-visited lecture, search, a simulation and a data download all work offline', async ({ page, context }) => {
  await page.goto('');
  await availableOffline(page);
  await context.setOffline(true);

  const unseen = lectureRoutes.at(-1)!;
  await page.goto(unseen);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('searchbox').fill('dentist');
  await expect(dialog.getByRole('link', { name: 'Defining the problem and labeling data' })).toBeVisible();

  await page.goto('simulations/classifier/?epochs=3');
  const sim = page.locator('.classifier-sim');
  await expect(sim).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(sim).toHaveAttribute('data-epoch', '3', { timeout: 30_000 });

  // The Relay data generator runs in a worker from the precache: a download needs no network.
  await page.goto('data/?seed=3&rows=200');
  await expect(page.locator('.relay-data')).toHaveAttribute('data-ready', 'true');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download messages\.csv/ }).click()]);
  expect(readFileSync((await file.path())!, 'utf8').split('\n')).toHaveLength(202);
});

test('a full visit requests nothing from another origin and breaks no rule of the content security policy', async ({ page }) => {
  const foreign: string[] = [];
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  // Service worker and Web Worker requests count too: they go through the context.
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== `http://127.0.0.1:${E2E.port}`) foreign.push(request.url());
  });
  for (const path of ['', 'schedule/', lectureRoutes[0]!, 'simulations/streaming/', 'data/', 'glossary/', 'projects/baseline-classifier/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('simulations/classifier/?epochs=2');
  await expect(page.locator('.classifier-sim')).toHaveAttribute('data-status', /ready|paused|finished/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.classifier-sim')).toHaveAttribute('data-epoch', '2', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog', { name: 'Search the course' }).getByRole('searchbox').fill('watermark');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /default-src 'self'/);
});

test.describe('a new deploy', () => {
  let server: ChildProcess;
  let site: string;
  const port = E2E.port + 10;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'sml-deploy-'));
    cpSync(E2E.outDir, site, { recursive: true });
    server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', site, '--base', E2E.base, '--port', String(port)], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 800));
  });
  test.afterAll(() => {
    server.kill();
    rmSync(site, { recursive: true, force: true });
  });

  test('is offered as an update and shown whole after the reader reloads', async ({ page }) => {
    const home = `http://127.0.0.1:${port}${E2E.base}`;
    await page.goto(home);
    await availableOffline(page);
    const title = await page.locator('h1').first().textContent();

    // Deploy: change the home page and regenerate the worker, as a build would.
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/(<h1[^>]*>)[^<]*(<\/h1>)/, '$1Shipping ML, new edition$2'));
    await writeServiceWorker(site, E2E.base);

    await page.reload();
    // The old version keeps serving the page until the reader chooses to switch.
    await expect(page.locator('h1').first()).toHaveText(title!);
    const prompt = page.locator('[data-update-prompt]');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('h1').first()).toHaveText('Shipping ML, new edition', { timeout: 30_000 });
    await expect(prompt).toBeHidden();
  });
});
