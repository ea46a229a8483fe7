// `npm run bench:check [-- --stable]`: holds bench/results.json to bench/budgets.json; exits 1 on a broken budget.
// --stable checks only the budgets that do not depend on machine speed (sizes, tensor counts).
import { readFileSync } from 'node:fs';
import { readResults } from './lib/results.mjs';

const { budgets } = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const stableOnly = process.argv.includes('--stable');
const results = readResults();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const page = (name) => results.bytes?.pages?.find((p) => p.name === name);

/** Each budget as a list of measured lines: [label, ok]; an empty list means nothing was measured. */
const checks = {
  'lighthouse-scores': (b) =>
    (results.lighthouse?.pages ?? []).flatMap((p) =>
      [['performance', p.performance], ['accessibility', p.accessibility], ['best practices', p.bestPractices], ['SEO', p.seo]].map(([name, score]) => [`${p.name}: ${name} ${score} (min ${b.min})`, score >= b.min]),
    ),
  'prose-lecture-js': (b) => {
    const p = page('prose lecture');
    return p ? [[`prose lecture: ${kb(p.before.js.gzip)} JS gzip (max ${kb(b.max)})`, p.before.js.gzip <= b.max]] : [];
  },
  'sim-page-js': (b) => {
    const p = page('simulation page');
    return p ? [[`simulation page: ${kb(p.before.js.gzip)} main-thread JS gzip before interaction (max ${kb(b.max)})`, p.before.js.gzip <= b.max]] : [];
  },
  'engine-step': (b) =>
    Object.entries(results.engineSteps ?? {})
      .filter(([, v]) => typeof v === 'object')
      .map(([sim, v]) => [`${sim}: median step ${v.medianMs} ms (max ${b.max[sim] ?? b.max.default} ms)`, v.medianMs < (b.max[sim] ?? b.max.default)]),
  'csv-long-task': (b) => {
    const csv = results.csvAnalysis;
    return csv ? [[`${csv.rows.toLocaleString('en')}-row CSV: longest main-thread task ${csv.mainThreadLongTasks.maxMs} ms (max ${b.max} ms), analysed in ${(csv.wallMs / 1000).toFixed(1)} s`, csv.mainThreadLongTasks.maxMs <= b.max]] : [];
  },
  'tensors-flat': () =>
    Object.entries(results.engineSteps ?? {})
      .filter(([, v]) => typeof v === 'object')
      .map(([sim, v]) => [`${sim}: ${v.tensorsAfterStep10} tensors after step 10, ${v.tensorsAfterLastStep} after step ${v.steps}`, v.tensorsAfterLastStep === v.tensorsAfterStep10]),
};

let broken = 0;
for (const budget of budgets.filter((b) => !stableOnly || b.stable)) {
  const lines = checks[budget.id](budget);
  if (lines.length === 0) {
    console.log(`? ${budget.what}: not measured; run npm run bench`);
    broken += stableOnly ? 1 : 0;
    continue;
  }
  for (const [label, ok] of lines) {
    console.log(`${ok ? '✓' : '✗'} ${label}`);
    if (!ok) broken += 1;
  }
}
if (broken > 0) {
  console.error(`\n${broken} budget line(s) broken or unmeasured (bench/budgets.json).`);
  process.exit(1);
}
