// Playwright: end-to-end tests against the built site (dist-e2e/, base path /shipping-ml/), never the dev server.
import { defineConfig, devices } from '@playwright/test';
import { E2E } from './scripts/build-for-e2e.mjs';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';

const browser = findBrowser();
if (!browser) throw new Error('No Chromium found. Run `npm test` (its pretest step finds or installs one) or set CHROMIUM_PATH.');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E.port}${E2E.base}`,
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // Each test starts without the offline copy; offline.spec.ts turns service workers on where it needs them.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /phone\.spec\.ts/ },
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, testMatch: /phone\.spec\.ts/ },
  ],
  webServer: {
    command: `node scripts/serve.mjs --dir ${E2E.outDir} --base ${E2E.base} --port ${E2E.port}`,
    url: `http://127.0.0.1:${E2E.port}${E2E.base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
