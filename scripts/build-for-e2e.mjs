// Builds the site the way GitHub Pages serves it (under a base path) into dist-e2e/ for Playwright.
// "Today" is pinned inside week 1 so pages that depend on the date are the same on every run.
import { spawnSync } from 'node:child_process';

export const E2E = { base: '/shipping-ml/', outDir: 'dist-e2e', today: '2027-01-12', port: Number(process.env.E2E_PORT) || 4322 };

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = spawnSync('astro', ['build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${E2E.port}`, BASE_PATH: E2E.base, ASTRO_OUT_DIR: E2E.outDir, PREVIEW_DATE: E2E.today },
  });
  process.exit(result.status ?? 1);
}
