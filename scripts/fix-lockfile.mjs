// Restores lockfile entries for platform-specific optional packages that were never published.
// Why: some packages (e.g. @astrojs/compiler-binding@0.5.1) list platform builds that do not exist
// on the registry; recent npm then leaves them out of package-lock.json and `npm ci` rejects its
// own lockfile ("Missing: … from lock file"). An entry with version, os and cpu lets `npm ci` see
// the dependency as locked and skip it on other platforms. Idempotent; no dependencies; Node 20+.
// Usage: node scripts/fix-lockfile.mjs   (after `npm install` changes the lockfile)
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'sunos', 'win32', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64'];

/** Guesses os and cpu from a platform package name such as `@scope/thing-darwin-arm64`. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = OS.find((o) => parts.includes(o));
  const cpu = CPU.find((c) => parts.includes(c));
  return cpu ? { ...(os ? { os: [os] } : {}), cpu: [cpu] } : null;
}

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue; // not a pinned platform build: leave to npm
    lock.packages[hoisted] = { version, optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
if (added.length > 0) {
  const { '': root, ...rest } = lock.packages;
  lock.packages = { '': root, ...Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))) };
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: added ${added.length} unpublished platform entr${added.length === 1 ? 'y' : 'ies'}: ${added.join(', ')}`);
}
