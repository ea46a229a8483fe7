// Evidently-style column and dataset drift: the right default test per column, SciPy's numbers, and the 50 % rule.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { columnDrift, datasetDrift, defaultDriftTest, type DriftColumn } from '../../../../simulations/drift/stats/feature-drift';

const LANGUAGES = ['en', 'fr', 'de', 'es'];

/** Four spam-world columns; only `length` (log-mean shifted by lengthShift) and `language` (more Spanish) drift. */
function mailColumns(seed: number, referenceRows: number, currentRows: number, lengthShift: number): DriftColumn[] {
  const root = createRng(seed);
  const pair = (name: string, draw: (rng: Rng, current: boolean) => number) => {
    const rng = root.fork(name);
    return { reference: Array.from({ length: referenceRows }, () => draw(rng, false)), current: Array.from({ length: currentRows }, () => draw(rng, true)) };
  };
  const language = root.fork('language');
  return [
    { name: 'length', kind: 'numeric', ...pair('length', (rng, current) => rng.lognormal(current ? 6 + lengthShift : 6, 0.5)) },
    { name: 'links', kind: 'numeric', ...pair('links', (rng) => rng.poisson(2)) },
    { name: 'reputation', kind: 'numeric', ...pair('reputation', (rng) => rng.normal(0.7, 0.1)) },
    {
      name: 'language',
      kind: 'categorical',
      reference: Array.from({ length: referenceRows }, () => LANGUAGES[language.categorical([0.6, 0.25, 0.1, 0.05])]!),
      current: Array.from({ length: currentRows }, () => LANGUAGES[language.categorical([0.4, 0.25, 0.1, 0.25])]!),
    },
  ];
}
const expectRelativelyClose = (actual: number, expected: number, relative = 1e-9) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('default test per column', () => {
  it('switches from tests to distances above 1,000 reference rows', () => {
    expect(defaultDriftTest('numeric', 1000)).toBe('ks');
    expect(defaultDriftTest('numeric', 1001)).toBe('wasserstein');
    expect(defaultDriftTest('categorical', 1000)).toBe('chisquare');
    expect(defaultDriftTest('categorical', 1001)).toBe('jensenshannon');
    expect(defaultDriftTest('numeric', 50, 20)).toBe('wasserstein');
  });
});

// The seeded columns were exported to JSON and scored with SciPy 1.10.1 the way each test below names.
describe('small reference (500 rows vs 400): KS and chi-square', () => {
  const result = datasetDrift(mailColumns(61, 500, 400, 0.4));

  it('scores each column like SciPy and flags the two drifted ones', () => {
    const [length, links, reputation, language] = result.columns;
    // scipy.stats.ks_2samp(ref, cur, method="asymp").pvalue → 5.4877713474060744e-33
    expect(length).toMatchObject({ column: 'length', test: 'ks', threshold: 0.05, drifted: true });
    expectRelativelyClose(length!.statistic, 5.4877713474060744e-33, 1e-8);
    // ks_2samp → 0.30983641214190094 (Poisson counts: heavy ties)
    expect(links).toMatchObject({ test: 'ks', drifted: false });
    expectRelativelyClose(links!.statistic, 0.30983641214190094);
    // ks_2samp → 0.592357994851918
    expect(reputation).toMatchObject({ test: 'ks', drifted: false });
    expectRelativelyClose(reputation!.statistic, 0.592357994851918);
    // scipy.stats.chi2_contingency([[313, 47, 33, 107], [167, 38, 102, 93]], correction=False).pvalue → 2.1634121318598794e-15
    expect(language).toMatchObject({ column: 'language', test: 'chisquare', threshold: 0.05, drifted: true });
    expectRelativelyClose(language!.statistic, 2.1634121318598794e-15, 1e-8);
  });

  it('calls dataset drift when exactly half the columns drift (the bound is inclusive)', () => {
    expect(result).toMatchObject({ driftedColumns: 2, share: 0.5, datasetDrift: true });
  });

  it('can use the exact KS p-value', () => {
    // scipy.stats.ks_2samp(ref, cur, method="exact").pvalue for `links` → 0.30969906202139225
    const links = mailColumns(61, 500, 400, 0.4)[1]!;
    expectRelativelyClose(columnDrift(links, { ksMethod: 'exact' }).statistic, 0.30969906202139225);
  });
});

describe('large reference (3,000 rows vs 2,000): normed Wasserstein and Jensen–Shannon', () => {
  const columns = mailColumns(62, 3000, 2000, 0.03);
  const result = datasetDrift(columns);

  it('scores each column like SciPy and ignores the small length shift', () => {
    const [length, links, reputation, language] = result.columns;
    // scipy.stats.wasserstein_distance(ref, cur) / np.std(ref) → 0.07054731645277207
    expect(length).toMatchObject({ test: 'wasserstein', threshold: 0.1, drifted: false });
    expect(length!.statistic).toBeCloseTo(0.07054731645277207, 12);
    // → 0.022754343156731822 and 0.02412242533908524
    expect(links!.statistic).toBeCloseTo(0.022754343156731822, 12);
    expect(reputation!.statistic).toBeCloseTo(0.02412242533908524, 12);
    // scipy.spatial.distance.jensenshannon([1813, 154, 283, 750], [822, 486, 186, 506]) → 0.20776321394383085
    expect(language).toMatchObject({ test: 'jensenshannon', threshold: 0.1, drifted: true });
    expect(language!.statistic).toBeCloseTo(0.20776321394383085, 13);
    expect(result).toMatchObject({ driftedColumns: 1, share: 0.25, datasetDrift: false });
  });

  it('lets the caller move the row cut-off, thresholds and dataset share', () => {
    // Forcing KS on 3,000 rows: scipy.stats.ks_2samp(ref, cur, method="asymp").pvalue for `length` → 0.1122685612349642
    const forced = columnDrift(columns[0]!, { maxRowsForTests: 5000 });
    expect(forced.test).toBe('ks');
    expectRelativelyClose(forced.statistic, 0.1122685612349642);
    expect(columnDrift(columns[0]!, { thresholds: { wasserstein: 0.05 } })).toMatchObject({ threshold: 0.05, drifted: true });
    expect(datasetDrift(columns, { datasetDriftShare: 0.25 }).datasetDrift).toBe(true);
  });
});

describe('edge cases', () => {
  it('finds no drift when current equals reference', () => {
    const same: DriftColumn[] = [
      { name: 'x', kind: 'numeric', reference: [1, 2, 3, 4], current: [1, 2, 3, 4] },
      { name: 'c', kind: 'categorical', reference: ['a', 'b'], current: ['a', 'b'] },
      { name: 'big', kind: 'numeric', reference: Array.from({ length: 1500 }, (_, i) => i % 7), current: Array.from({ length: 1500 }, (_, i) => i % 7) },
    ];
    const result = datasetDrift(same);
    expect(result.columns.map((c) => [c.test, c.statistic, c.drifted])).toEqual([
      ['ks', 1, false],
      ['chisquare', 1, false],
      ['wasserstein', 0, false],
    ]);
    expect(result.datasetDrift).toBe(false);
  });

  it('names the column when its data is empty or has NaN', () => {
    expect(() => datasetDrift([{ name: 'length', kind: 'numeric', reference: [], current: [1] }])).toThrow(/Column "length": The reference sample is empty/);
    expect(() => datasetDrift([{ name: 'length', kind: 'numeric', reference: [1], current: [Number.NaN] }])).toThrow(/Column "length": .*non-finite value \(NaN\)/);
  });

  it('rejects an empty column list and duplicate names', () => {
    expect(() => datasetDrift([])).toThrow(/at least one column/);
    const column: DriftColumn = { name: 'x', kind: 'numeric', reference: [1], current: [1] };
    expect(() => datasetDrift([column, column])).toThrow(/both named "x"/);
  });
});
