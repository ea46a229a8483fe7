// The two-sample KS test agrees with scipy.stats.ks_2samp, handles ties, and behaves as the lecture claims at scale.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { ksStatistic, ksTest } from '../../../../simulations/drift/stats/ks';
import { exactTwoSampleKsSf } from '../../../../simulations/drift/stats/ks-exact';
import { normedWassersteinDistance } from '../../../../simulations/drift/stats/wasserstein';

const normals = (rng: Rng, n: number, mean = 0, sd = 1) => Array.from({ length: n }, () => rng.normal(mean, sd));
const expectRelativelyClose = (actual: number, expected: number, relative = 1e-9) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

const A = [0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64, -0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47];
const B = [1.22, 0.87, 2.14, 0.35, 1.9, 0.71, 1.48, -0.23, 2.61, 1.05, 0.66, 1.37, 0.12, 1.84, 0.95, 2.03, 1.59, 0.48];
const TIED_A = [1, 2, 2, 3, 3, 3, 4, 5];
const TIED_B = [2, 3, 3, 4, 4, 4, 5, 6, 6];

describe('ksTest matches scipy.stats.ks_2samp (SciPy 1.10.1)', () => {
  it('on two small samples of different sizes', () => {
    // scipy.stats.ks_2samp(A, B, method="asymp") → statistic 0.49777777777777776, pvalue 0.008184757613775018
    const asymp = ksTest(A, B);
    expect(asymp.statistic).toBeCloseTo(0.49777777777777776, 14);
    expectRelativelyClose(asymp.pValue, 0.008184757613775018);
    expect(asymp.method).toBe('asymp');
    // scipy.stats.ks_2samp(A, B, method="exact") → pvalue 0.006892660101572307
    expectRelativelyClose(ksTest(A, B, { method: 'exact' }).pValue, 0.006892660101572307);
  });

  it('computes D over the pooled values when the samples share tied values', () => {
    // scipy.stats.ks_2samp(TIED_A, TIED_B, method="asymp") → statistic 0.4166666666666667, pvalue 0.3858024691358024
    const result = ksTest(TIED_A, TIED_B);
    expect(result.statistic).toBeCloseTo(0.4166666666666667, 14);
    expectRelativelyClose(result.pValue, 0.3858024691358024);
    // scipy.stats.ks_2samp(TIED_A, TIED_B, method="exact") → pvalue 0.35170711641299884
    expectRelativelyClose(ksTest(TIED_A, TIED_B, { method: 'exact' }).pValue, 0.35170711641299884);
    // Comparing only at one sample's points, or before counting all ties, would give 5/8 − 1/9 or similar; the CDFs after x = 3 are 6/8 and 3/9.
    expect(ksStatistic(TIED_A, TIED_B)).toBeCloseTo(6 / 8 - 3 / 9, 14);
  });

  it('uses the rounded effective size n·m/(n+m), ties to even like np.round', () => {
    // 5 vs 5: en = 2.5 rounds to 2 (not 3). scipy.stats.ks_2samp([1..5], [3..7], method="asymp") → statistic 0.4, pvalue 0.82
    const result = ksTest([1, 2, 3, 4, 5], [3, 4, 5, 6, 7]);
    expect(result.statistic).toBeCloseTo(0.4, 14);
    expect(result.pValue).toBeCloseTo(0.82, 12);
    // method="exact" → pvalue 0.873015873015873 (= 55/63)
    expect(ksTest([1, 2, 3, 4, 5], [3, 4, 5, 6, 7], { method: 'exact' }).pValue).toBeCloseTo(0.873015873015873, 12);
  });

  it('on seeded normal samples (400 vs 300, shift 0.2 sd)', () => {
    const rng = createRng(11);
    const reference = normals(rng, 400);
    const current = normals(rng, 300, 0.2);
    // Samples exported to JSON; scipy.stats.ks_2samp(ref, cur, method="asymp") → statistic 0.1775, pvalue 3.486946767784332e-05
    const asymp = ksTest(reference, current);
    expect(asymp.statistic).toBeCloseTo(0.1775, 14);
    expectRelativelyClose(asymp.pValue, 3.486946767784332e-5);
    // method="exact" → pvalue 3.5164349753090074e-05
    expectRelativelyClose(ksTest(reference, current, { method: 'exact' }).pValue, 3.5164349753090074e-5);
  });

  it('accepts typed arrays and leaves the input unsorted', () => {
    const input = Float64Array.from(B);
    expect(ksTest(Float64Array.from(A), input).statistic).toBeCloseTo(0.49777777777777776, 14);
    expect(Array.from(input)).toEqual(B);
  });
});

describe('exactTwoSampleKsSf', () => {
  it('is symmetric in the two sample sizes and 1 at D = 0', () => {
    expect(exactTwoSampleKsSf(25, 18, 0.49777777777777776)).toBeCloseTo(exactTwoSampleKsSf(18, 25, 0.49777777777777776), 15);
    expect(exactTwoSampleKsSf(25, 18, 0)).toBe(1);
  });

  it('gives the textbook value for the largest possible D with equal sizes: 2 / C(2n, n)', () => {
    // All of one sample below all of the other: 2 of the C(6, 3) = 20 orderings.
    expect(exactTwoSampleKsSf(3, 3, 1)).toBeCloseTo(2 / 20, 15);
  });
});

describe('edge cases', () => {
  it('gives D = 0 and p = 1 for identical samples', () => {
    // scipy.stats.ks_2samp(A, A, method="asymp") → statistic 0.0, pvalue 1.0
    expect(ksTest(A, A)).toEqual({ statistic: 0, pValue: 1, method: 'asymp' });
    expect(ksTest(A, [...A].reverse(), { method: 'exact' }).pValue).toBe(1);
  });

  it('rejects empty samples and NaN with a clear error', () => {
    expect(() => ksTest([], B)).toThrow(/reference sample is empty/);
    expect(() => ksTest(A, [])).toThrow(/current sample is empty/);
    expect(() => ksTest([1, Number.NaN, 3], B)).toThrow(/non-finite value \(NaN\) at index 1/);
    expect(() => ksStatistic(A, [Number.POSITIVE_INFINITY])).toThrow(/non-finite/);
  });

  it('answers one value against one value (SciPy returns NaN there)', () => {
    expect(ksTest([1], [2]).pValue).toBe(0);
    expect(ksTest([1], [1]).pValue).toBe(1);
  });
});

describe('lecture claims', () => {
  it('large batches make KS flag a negligible shift that the normed Wasserstein distance ignores', () => {
    // 50,000 vs 50,000 with the current mean shifted by 0.02 sd: a shift nobody should retrain for.
    const results = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
      const rng = createRng(seed);
      const reference = Float64Array.from(normals(rng, 50_000));
      const current = Float64Array.from(normals(rng, 50_000, 0.02));
      return { p: ksTest(reference, current).pValue, w: normedWassersteinDistance(reference, current), d: ksStatistic(reference, current) };
    });
    // Seed 2, exported to JSON: scipy.stats.ks_2samp(ref, cur, method="asymp") → statistic 0.01314000000000004,
    // pvalue 0.00035306874077649776; scipy.stats.wasserstein_distance(ref, cur) / np.std(ref) → 0.024580972161511172
    expect(results[1]!.d).toBeCloseTo(0.01314000000000004, 14);
    expectRelativelyClose(results[1]!.p, 0.00035306874077649776, 1e-7);
    expect(results[1]!.w).toBeCloseTo(0.024580972161511172, 12);
    // At this size 0.02 sd sits near KS's detection edge (seed 1 gives p ≈ 0.26), so we ask for most seeds, not all.
    expect(results.filter((r) => r.p < 0.05).length).toBeGreaterThanOrEqual(6);
    for (const r of results) expect(r.w).toBeLessThan(0.1);
  });

  it('keeps the false-alarm rate near α when nothing drifted (400 seeded no-drift batches)', () => {
    const rng = createRng(2024);
    const pValues = Array.from({ length: 400 }, () => ksTest(normals(rng, 300), normals(rng, 200)).pValue);
    const rateAt = (alpha: number) => pValues.filter((p) => p <= alpha).length / pValues.length;
    expect(rateAt(0.05)).toBeGreaterThanOrEqual(0.02);
    expect(rateAt(0.05)).toBeLessThanOrEqual(0.09);
    // Uniform-ish: about half the p-values fall below 0.5 and about a tenth below 0.1.
    expect(rateAt(0.5)).toBeGreaterThan(0.4);
    expect(rateAt(0.5)).toBeLessThan(0.6);
    expect(rateAt(0.1)).toBeGreaterThan(0.05);
    expect(rateAt(0.1)).toBeLessThan(0.15);
  });
});
