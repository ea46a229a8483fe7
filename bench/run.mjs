// `npm run bench`: every benchmark in turn, into bench/results.json, then a readable table and the budget check.
// Takes about 8 minutes on a 2-core machine. Each step also runs alone (npm run bench:build, bench:bytes, …).
import { spawnSync } from 'node:child_process';
import { measureBuildTime } from './build-time.mjs';
import { measureScaling } from './build-scaling.mjs';
import { measureCsvAnalysis } from './csv-analysis.mjs';
import { measureBytes } from './page-bytes.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureStarlight } from './starlight.mjs';
import { readResults } from './lib/results.mjs';

const step = async (title, run) => {
  const started = performance.now();
  console.log(`\n▶ ${title}`);
  const out = await run();
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return out;
};
const npm = (script) => {
  const run = spawnSync('npm', ['run', '-s', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`npm run ${script} failed`);
};

const started = performance.now();
await step('Build time (cold, warm)', measureBuildTime); // leaves dist/ built for the steps below
await step('Bytes per page', () => measureBytes());
await step('Lighthouse, mobile', () => measureLighthouse());
await step('Engine step time and tensors (Node)', () => npm('bench:engines'));
await step('Simulation pages: frames per second, long tasks, tensors (Chromium)', () => npm('bench:sim'));
await step('Drift sim: a 100,000-row CSV analysed in the worker', () => measureCsvAnalysis());
await step('Build scaling: 24, 100 and 500 lectures', () => measureScaling());
await step('Starlight comparison', measureStarlight);

const r = readResults();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log('\n## Build');
console.table({ cold: s(r.build.coldMs), warm: s(r.build.warmMs), pagefind: s(r.build.pagefindMs), pages: r.build.pages, perPage: `${r.build.msPerPage} ms` });
console.table(Object.fromEntries(r.buildScaling.points.map((p) => [`${p.lectures} lectures`, { pages: p.pages, build: s(p.ms), perPage: `${p.msPerPage} ms` }])));
console.log('## Bytes per page (gzip; before interaction → after a simulation starts)');
console.table(Object.fromEntries(r.bytes.pages.map((p) => [p.name, { html: kb(p.before.html.gzip), css: kb(p.before.css.gzip), js: kb(p.before.js.gzip), 'worker js': kb(p.before.worker.gzip), 'js after start': p.after ? kb(p.after.js.gzip) : '', 'worker after start': p.after ? kb(p.after.worker.gzip) : '' }])));
console.log('## Lighthouse (mobile)');
console.table(Object.fromEntries(r.lighthouse.pages.map((p) => [p.name, { perf: p.performance, a11y: p.accessibility, bp: p.bestPractices, seo: p.seo, tbt: `${p.tbtMs} ms`, lcp: `${p.lcpMs} ms`, cls: p.cls }])));
console.log('## Simulations');
console.table(Object.fromEntries(Object.entries(r.engineSteps).filter(([, v]) => typeof v === 'object').map(([k, v]) => [k, { median: `${v.medianMs} ms`, p95: `${v.p95Ms} ms`, tensors: `${v.tensorsAfterStep10} → ${v.tensorsAfterLastStep}` }])));
console.log(`Your own CSV: ${r.csvAnalysis.rows.toLocaleString('en')} rows (${r.csvAnalysis.megabytes} MB) in ${s(r.csvAnalysis.wallMs)}; main-thread long tasks: ${r.csvAnalysis.mainThreadLongTasks.count}, longest ${r.csvAnalysis.mainThreadLongTasks.maxMs} ms`);
console.log('## Starlight (same three lectures): ours ÷ Starlight');
console.table(r.starlight.ratios);
console.log(`\nAll benchmarks in ${s(performance.now() - started)}. Budgets:`);
spawnSync(process.execPath, ['bench/check.mjs'], { stdio: 'inherit' });
