// Before the tests: make sure a Chromium exists; as root on Debian/Ubuntu, install it with apt-get.
import { execFileSync, spawnSync } from 'node:child_process';
import { ENV_VARS, findBrowser } from './find-browser.mjs';

const found = findBrowser();
if (found) {
  console.log(`browser: ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (process.platform === 'linux' && isRoot && hasApt) {
  console.log('No Chromium found; installing Debian\'s chromium with apt-get (takes a minute or two)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findBrowser();
  if (installed) {
    console.log(`browser: ${installed.path} (installed)`);
    process.exit(0);
  }
}

console.error(`
No Chromium-family browser was found, and none could be installed automatically.
The end-to-end tests need one. Any of these works:
  • Debian/Ubuntu:  sudo apt-get install chromium
  • macOS:          install Google Chrome or Chromium in /Applications
  • Anywhere:       set ${ENV_VARS[0]}=/path/to/chrome
  • Where Playwright can download browsers:  npx playwright install chromium
`);
process.exit(1);
