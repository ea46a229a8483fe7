// Drift checks on uploaded CSVs: the drifted column is caught, scores match the statistics run directly, progress is reported step by step.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { analyzeDataset, analyzeSteps, type AnalyzeProgress, type AnalyzeSettings } from '../../../../simulations/drift/csv/analyze';
import { parseTable, type Table } from '../../../../simulations/drift/csv/parse-table';
import { pairFiles, splitByTime, type DriftDataset } from '../../../../simulations/drift/csv/split';
import { columnDrift } from '../../../../simulations/drift/stats/feature-drift';
import { psi } from '../../../../simulations/drift/stats/psi';

const SETTINGS: AnalyzeSettings = { testFamily: 'auto', alpha: 0.05, bonferroni: false, distanceThreshold: 0.1, psiWatch: 0.1, psiAct: 0.25 };
const LANGUAGES = ['en', 'fr', 'de', 'es'];

/** A mail log: message length (drifts when lengthShift > 0), links, reputation (every 10th missing), language. */
function mailCsv(rng: Rng, rows: number, lengthShift: number, firstDay = 1, days = 1): string {
  const lines = ['sent_at,length,links,reputation,language'];
  for (let i = 0; i < rows; i++) {
    const day = firstDay + Math.floor((i * days) / rows);
    const length = rng.lognormal(6 + (day >= 3 ? lengthShift : 0), 0.5).toFixed(1);
    const reputation = i % 10 === 0 ? '' : rng.normal(0.7, 0.1).toFixed(3);
    lines.push(`2024-03-${String(day).padStart(2, '0')}T12:00:00Z,${length},${rng.poisson(2)},${reputation},${LANGUAGES[rng.categorical([0.6, 0.25, 0.1, 0.05])]}`);
  }
  return lines.join('\n');
}

const table = (text: string): Table => parseTable(text).table!;

function twoFiles(seed: number, lengthShift: number): DriftDataset {
  const rng = createRng(seed);
  // Current mail is all on day 3, where lengthShift applies.
  return pairFiles(table(mailCsv(rng.fork('reference'), 800, 0)), table(mailCsv(rng.fork('current'), 400, lengthShift, 3))).dataset!;
}

describe('analyzeDataset on two files', () => {
  const dataset = twoFiles(11, 0.3);
  const analysis = analyzeDataset(dataset, SETTINGS);
  const batch = analysis.batches[0]!;

  it('tests every numeric and categorical column, not the time column', () => {
    expect(analysis.columns.map((column) => column.name)).toEqual(['length', 'links', 'reputation', 'language']);
    expect(analysis.referenceRows).toBe(800);
    expect(batch.columns.map((check) => [check.column, check.test])).toEqual([
      ['length', 'ks'],
      ['links', 'ks'],
      ['reputation', 'ks'],
      ['language', 'chisquare'],
    ]);
  });

  it('flags the longer messages and nothing else', () => {
    expect(batch.columns.map((check) => check.drifted)).toEqual([true, false, false, false]);
    expect(batch.driftedColumns).toBe(1);
    expect(batch.share).toBe(0.25);
    expect(batch.datasetDrift).toBe(false);
    expect(batch.columns[0]!.psiLevel).not.toBe('stable');
  });

  it('gives the scores the statistics give on the non-missing values', () => {
    const reputation = (t: Table) => Array.from(t.columns.find((column) => column.name === 'reputation')!.values as Float64Array).filter((x) => !Number.isNaN(x));
    const reference = reputation(dataset.reference.table);
    const current = reputation(dataset.batches[0]!.table);
    const direct = columnDrift({ name: 'reputation', kind: 'numeric', reference, current }, { thresholds: { ks: 0.05 } });
    const check = batch.columns[2]!;
    expect(check.statistic).toBe(direct.statistic);
    expect(check.pValue).toBe(direct.statistic);
    expect(check.psi).toBe(psi(reference, current).psi);
    expect([check.referenceValues, check.currentValues, check.referenceMissingShare, check.missingShare]).toEqual([720, 360, 0.1, 0.1]);
  });

  it('switches to distances past 1,000 reference rows, or when asked', () => {
    const distances = analyzeDataset(dataset, { ...SETTINGS, testFamily: 'distances' }).batches[0]!;
    expect(distances.columns.map((check) => check.test)).toEqual(['wasserstein', 'wasserstein', 'wasserstein', 'jensenshannon']);
    expect(distances.columns.every((check) => check.threshold === 0.1)).toBe(true);
    expect(distances.columns[0]!.pValue).toBe(batch.columns[0]!.pValue);
  });

  it('tests each column at α / k with Bonferroni', () => {
    const corrected = analyzeDataset(dataset, { ...SETTINGS, bonferroni: true }).batches[0]!;
    expect(corrected.perTestAlpha).toBe(0.05 / 4);
    expect(corrected.columns.map((check) => check.threshold)).toEqual([0.0125, 0.0125, 0.0125, 0.0125]);
  });
});

describe('analyzeSteps on one file split by day', () => {
  // Days 1–2 are the reference; days 3–5 are batches, and messages are longer from day 3 on.
  const rng = createRng(5);
  const split = splitByTime(table(mailCsv(rng, 2500, 0.4, 1, 5)), { timeColumn: 'sent_at', by: 'period', period: 'day', referencePeriods: 2 });
  const dataset = split.dataset!;

  it('yields after every column of every batch and returns what analyzeDataset returns', () => {
    const steps = analyzeSteps(dataset, SETTINGS);
    const progress: AnalyzeProgress[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    expect(progress).toHaveLength(3 * 4);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(progress.every((p) => p.total === 12)).toBe(true);
    expect(progress.slice(0, 4).map((p) => [p.batch, p.column])).toEqual([
      ['2024-03-03', 'length'],
      ['2024-03-03', 'links'],
      ['2024-03-03', 'reputation'],
      ['2024-03-03', 'language'],
    ]);
    const seen: number[] = [];
    expect(step.value).toEqual(analyzeDataset(dataset, SETTINGS, (p) => seen.push(p.done)));
    expect(seen).toHaveLength(12);
  });

  it('keeps the tests at exactly 1,000 reference rows and flags length on every drifted day', () => {
    const analysis = analyzeDataset(dataset, SETTINGS);
    expect(analysis.referenceRows).toBe(1000);
    expect(analysis.batches.map((batch) => [batch.label, batch.rows, batch.start])).toEqual([
      ['2024-03-03', 500, Date.UTC(2024, 2, 3)],
      ['2024-03-04', 500, Date.UTC(2024, 2, 4)],
      ['2024-03-05', 500, Date.UTC(2024, 2, 5)],
    ]);
    // Evidently's rule: tests up to and including 1,000 reference rows.
    expect(analysis.batches[0]!.columns[0]!.test).toBe('ks');
    expect(analysis.batches.map((batch) => batch.columns[0]!.drifted)).toEqual([true, true, true]);
  });
});

describe('columns that cannot be tested', () => {
  it('skips a column with no values in a batch, and Bonferroni counts only the tested ones', () => {
    const reference = table('length,language\n120,en\n95,fr\n300,en\n210,de\n180,en\n');
    const current = table('length,language\n,en\n,fr\nNA,en\n');
    const dataset = pairFiles(reference, current).dataset!;
    const batch = analyzeDataset(dataset, { ...SETTINGS, bonferroni: true }).batches[0]!;
    expect(batch.skipped).toEqual([{ column: 'length', reason: 'Column "length" is not tested: it has no values in this batch.' }]);
    expect(batch.columns.map((check) => check.column)).toEqual(['language']);
    expect(batch.perTestAlpha).toBe(0.05);
    expect(batch.share).toBe(0);
  });

  it('reports NaN share and no dataset drift when nothing could be tested', () => {
    const reference = table('length\n120\n95\n');
    const current = table('length\nNA\nnull\n');
    const batch = analyzeDataset(pairFiles(reference, current).dataset!, SETTINGS).batches[0]!;
    expect(batch.columns).toEqual([]);
    expect(batch.share).toBeNaN();
    expect(batch.datasetDrift).toBe(false);
  });
});
