// Finds a Chromium-family browser for Playwright: env var, system paths, then Playwright's cache.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((dir) => /^chromium/.test(dir))
    .sort()
    .reverse()
    .flatMap((dir) => [
      join(root, dir, 'chrome-linux64', 'chrome'),
      join(root, dir, 'chrome-linux', 'chrome'),
      join(root, dir, 'chrome-linux', 'headless_shell'),
      join(root, dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** The first browser found, with where it came from, or null. An env var that points nowhere is an error. */
export function findBrowser() {
  for (const name of ENV_VARS) {
    const path = process.env[name];
    if (!path) continue;
    if (!existsSync(path)) throw new Error(`${name} is set to ${path}, but there is no file there. Fix the path or unset ${name}.`);
    return { path, source: `$${name}` };
  }
  for (const path of SYSTEM_PATHS) if (existsSync(path)) return { path, source: 'system' };
  for (const path of playwrightCache()) if (existsSync(path)) return { path, source: 'Playwright cache' };
  return null;
}

/** Flags for headless Chromium on machines with no network beyond a package registry. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
