// The Mann–Whitney U test agrees with scipy.stats.mannwhitneyu for every alternative and method, with and without ties.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { exactMannWhitneyPmf, exactMannWhitneySf } from '../../../../simulations/canary/stats/mann-whitney-exact';
import { mannWhitneyU } from '../../../../simulations/canary/stats/mann-whitney';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-9) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

// Every reference below is from SciPy 1.10.1, `scipy.stats.mannwhitneyu(x, y, ...)` with the arguments shown.
const X = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55];
const Y = [0.88, 0.65, 0.6, 2.05, 1.06, 1.29];
const TIED_X = [1, 2, 2, 3, 3, 3, 4, 5];
const TIED_Y = [2, 3, 3, 4, 4, 4, 5, 6, 6];
const A = [0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64, -0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47];
const B = [1.22, 0.87, 2.14, 0.35, 1.9, 0.71, 1.48, -0.23, 2.61, 1.05, 0.66, 1.37, 0.12, 1.84, 0.95, 2.03, 1.59, 0.48];
/** 8 values against a grid of 300, no value shared: 'auto' is exact, and exact and asymptotic disagree by 2000×. */
const E = [14.031, 14.613, 14.887, 13.972, 14.424, 14.776, 14.958, 14.509];
const GRID = Array.from({ length: 300 }, (_, i) => i * 0.05);

describe('small samples without ties: exact by default (SciPy auto rule)', () => {
  it('gives U of the first sample and the exact p-value for each alternative', () => {
    // mannwhitneyu(X, Y) → statistic 31.0, pvalue 0.18065268065268064
    expect(mannWhitneyU(X, Y)).toEqual({ statistic: 31, pValue: expect.closeTo(0.18065268065268064, 14), method: 'exact', hasTies: false });
    // alternative='less' → 0.9312354312354313; alternative='greater' → 0.09032634032634032
    expectRelativelyClose(mannWhitneyU(X, Y, { alternative: 'less' }).pValue, 0.9312354312354313);
    expectRelativelyClose(mannWhitneyU(X, Y, { alternative: 'greater' }).pValue, 0.09032634032634032);
    // mannwhitneyu(Y, X) → statistic 11.0 (= 7·6 − 31), same two-sided pvalue
    expect(mannWhitneyU(Y, X).statistic).toBe(11);
  });

  it('switches to the normal approximation on request', () => {
    // method='asymptotic': two-sided 0.17473582321524717, less 0.9331927987311419, greater 0.08736791160762358
    const asymptotic = { method: 'asymptotic' } as const;
    expectRelativelyClose(mannWhitneyU(X, Y, asymptotic).pValue, 0.17473582321524717);
    expectRelativelyClose(mannWhitneyU(X, Y, { ...asymptotic, alternative: 'less' }).pValue, 0.9331927987311419);
    expectRelativelyClose(mannWhitneyU(X, Y, { ...asymptotic, alternative: 'greater' }).pValue, 0.08736791160762358);
  });

  it('stays exact when only the smaller sample is small, and keeps a tiny tail p-value precise', () => {
    // mannwhitneyu(E, GRID) → statistic 2328.0, pvalue 2.8472073525971177e-09 (method chosen: exact)
    const result = mannWhitneyU(E, GRID);
    expect(result.method).toBe('exact');
    expect(result.statistic).toBe(2328);
    expectRelativelyClose(result.pValue, 2.8472073525971177e-9);
    // alternative='greater' → 1.4236036762985589e-09; mannwhitneyu(GRID, E, alternative='less') → the same
    expectRelativelyClose(mannWhitneyU(E, GRID, { alternative: 'greater' }).pValue, 1.4236036762985589e-9);
    expectRelativelyClose(mannWhitneyU(GRID, E, { alternative: 'less' }).pValue, 1.4236036762985589e-9);
    // method='asymptotic' → 5.747530708774018e-06: the normal tail is far too fat at 8 vs 300
    expectRelativelyClose(mannWhitneyU(E, GRID, { method: 'asymptotic' }).pValue, 5.747530708774018e-6);
    // In the body too: mannwhitneyu(E2, GRID) → statistic 1608.0, pvalue 0.10191815271734903; less 0.9494748553684035; greater 0.05095907635867451
    const E2 = [7.031, 9.613, 10.887, 5.972, 12.424, 8.776, 11.958, 13.509];
    expect(mannWhitneyU(E2, GRID)).toMatchObject({ statistic: 1608, method: 'exact' });
    expectRelativelyClose(mannWhitneyU(E2, GRID).pValue, 0.10191815271734903);
    expectRelativelyClose(mannWhitneyU(E2, GRID, { alternative: 'less' }).pValue, 0.9494748553684035);
    expectRelativelyClose(mannWhitneyU(E2, GRID, { alternative: 'greater' }).pValue, 0.05095907635867451);
  });

  it('gives 2 / C(48, 8) when all 8 values lie above all 40 others', () => {
    const above = Array.from({ length: 8 }, (_, i) => 100 + i);
    const below = Array.from({ length: 40 }, (_, i) => i);
    // mannwhitneyu(above, below) → statistic 320.0, pvalue 5.300133382626694e-09; alternative='less' → 0.9999999999999994
    // (the exact mass of U ≤ 320 is 1; SciPy's summation leaves a rounding sliver)
    const result = mannWhitneyU(above, below);
    expect(result.statistic).toBe(320);
    expectRelativelyClose(result.pValue, 5.300133382626694e-9);
    expectRelativelyClose(result.pValue, 2 / 377_348_994, 1e-12);
    expect(mannWhitneyU(above, below, { alternative: 'less' }).pValue).toBeCloseTo(1, 14);
  });
});

describe('ties: asymptotic with tie and continuity corrections', () => {
  it('on small tied samples (auto picks asymptotic because of the ties)', () => {
    // mannwhitneyu(TIED_X, TIED_Y) → statistic 18.0, pvalue 0.08500431195581705
    const result = mannWhitneyU(TIED_X, TIED_Y);
    expect(result).toMatchObject({ statistic: 18, method: 'asymptotic', hasTies: true });
    expectRelativelyClose(result.pValue, 0.08500431195581705);
    // alternative='less' → 0.042502155977908525; 'greater' → 0.9656798963757299
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { alternative: 'less' }).pValue, 0.042502155977908525);
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { alternative: 'greater' }).pValue, 0.9656798963757299);
  });

  it('without the continuity correction', () => {
    // use_continuity=False: two-sided 0.07646590357769889, less 0.038232951788849445, greater 0.9617670482111506
    const plain = { useContinuity: false } as const;
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, plain).pValue, 0.07646590357769889);
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { ...plain, alternative: 'less' }).pValue, 0.038232951788849445);
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { ...plain, alternative: 'greater' }).pValue, 0.9617670482111506);
  });

  it('with method exact, ignores ties like SciPy', () => {
    // method='exact': two-sided 0.09271904566022213, less 0.04635952283011106, greater 0.9627725215960509
    const exact = { method: 'exact' } as const;
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, exact).pValue, 0.09271904566022213);
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { ...exact, alternative: 'less' }).pValue, 0.04635952283011106);
    expectRelativelyClose(mannWhitneyU(TIED_X, TIED_Y, { ...exact, alternative: 'greater' }).pValue, 0.9627725215960509);
  });

  it('on medium samples with one tie across them (1.05 in both): U is a half-integer', () => {
    // mannwhitneyu(A, B) → statistic 106.5, pvalue 0.0036717230634675368; less 0.0018358615317337684; greater 0.9983034880258604
    const result = mannWhitneyU(A, B);
    expect(result.statistic).toBe(106.5);
    expectRelativelyClose(result.pValue, 0.0036717230634675368);
    expectRelativelyClose(mannWhitneyU(A, B, { alternative: 'less' }).pValue, 0.0018358615317337684);
    expectRelativelyClose(mannWhitneyU(A, B, { alternative: 'greater' }).pValue, 0.9983034880258604);
    // method='exact' truncates the half-integer U (343.5 → 343 for two-sided, 106.5 → 106 for greater):
    // two-sided 0.0031067451492231453, less 0.0015533725746115726, greater 0.9986986620675166
    expectRelativelyClose(mannWhitneyU(A, B, { method: 'exact' }).pValue, 0.0031067451492231453);
    expectRelativelyClose(mannWhitneyU(A, B, { method: 'exact', alternative: 'less' }).pValue, 0.0015533725746115726);
    expectRelativelyClose(mannWhitneyU(A, B, { method: 'exact', alternative: 'greater' }).pValue, 0.9986986620675166);
  });

  it('on 0/1 error flags per request (12 errors in 1000 against 4 in 1200)', () => {
    const canary = [...Array<number>(12).fill(1), ...Array<number>(988).fill(0)];
    const baseline = [...Array<number>(4).fill(1), ...Array<number>(1196).fill(0)];
    // mannwhitneyu(canary, baseline) → statistic 605200.0, pvalue 0.017248279158025116; greater → 0.008624139579012558
    const result = mannWhitneyU(Uint8Array.from(canary), baseline);
    expect(result.statistic).toBe(605_200);
    expectRelativelyClose(result.pValue, 0.017248279158025116);
    expectRelativelyClose(mannWhitneyU(canary, baseline, { alternative: 'greater' }).pValue, 0.008624139579012558);
  });
});

describe('large samples', () => {
  it('on seeded lognormal latencies (2500 canary vs 3000 baseline, canary median 2 % higher)', () => {
    // Drawn with createRng(7): 3000 × lognormal(ln 200, 0.35) then 2500 × lognormal(ln 204, 0.35), exported to JSON;
    // mannwhitneyu(canary, baseline) → statistic 3836899.0, pvalue 0.13833734844050846;
    // less → 0.9308335946565858; greater → 0.06916867422025423
    const rng = createRng(7);
    const baseline = Array.from({ length: 3000 }, () => rng.lognormal(Math.log(200), 0.35));
    const canary = Array.from({ length: 2500 }, () => rng.lognormal(Math.log(204), 0.35));
    const result = mannWhitneyU(canary, baseline);
    expect(result).toMatchObject({ statistic: 3_836_899, method: 'asymptotic', hasTies: false });
    expectRelativelyClose(result.pValue, 0.13833734844050846);
    expectRelativelyClose(mannWhitneyU(canary, baseline, { alternative: 'less' }).pValue, 0.9308335946565858);
    expectRelativelyClose(mannWhitneyU(canary, baseline, { alternative: 'greater' }).pValue, 0.06916867422025423);
  });

  it('ranks 30,000 against 30,000 quickly and leaves the inputs unsorted', () => {
    const rng = createRng(99);
    const baseline = Float64Array.from({ length: 30_000 }, () => rng.lognormal(Math.log(200), 0.4));
    const canary = Float64Array.from({ length: 30_000 }, () => rng.lognormal(Math.log(210), 0.4));
    const before = Array.from(canary.subarray(0, 5));
    const started = performance.now();
    const result = mannWhitneyU(canary, baseline, { alternative: 'greater' });
    // A pairwise loop would take 9 × 10⁸ comparisons (seconds); ranking takes a few ms.
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.pValue).toBeLessThan(1e-10);
    expect(Array.from(canary.subarray(0, 5))).toEqual(before);
  });

  it('keeps the false-alarm rate near α when nothing differs (300 seeded pairs of 200 vs 150)', () => {
    const rng = createRng(2024);
    const draw = (n: number) => Array.from({ length: n }, () => rng.lognormal(5, 0.5));
    const pValues = Array.from({ length: 300 }, () => mannWhitneyU(draw(200), draw(150)).pValue);
    const rate = pValues.filter((p) => p <= 0.05).length / pValues.length;
    expect(rate).toBeGreaterThanOrEqual(0.02);
    expect(rate).toBeLessThanOrEqual(0.09);
  });
});

describe('edge cases', () => {
  it('gives p = 1 for identical samples and for samples that are one repeated value', () => {
    // mannwhitneyu(A, A) → statistic 312.5, pvalue 1.0; mannwhitneyu([5, 5, 5], [5, 5]) → statistic 3.0, pvalue 1.0
    expect(mannWhitneyU(A, A)).toMatchObject({ statistic: 312.5, pValue: 1 });
    expect(mannWhitneyU([5, 5, 5], [5, 5])).toMatchObject({ statistic: 3, pValue: 1 });
    // use_continuity=False → SciPy gives nan (0/0); we say 1: nothing differs.
    expect(mannWhitneyU([5, 5, 5], [5, 5], { useContinuity: false }).pValue).toBe(1);
  });

  it('rejects empty samples and non-finite values', () => {
    expect(() => mannWhitneyU([], B)).toThrow(/first sample is empty/);
    expect(() => mannWhitneyU(A, [1, Number.NaN])).toThrow(/second sample has a non-finite value \(NaN\) at index 1/);
  });
});

describe('exactMannWhitneyPmf', () => {
  it('is the normalised Gaussian binomial: symmetric, sums to 1, matches a direct count', () => {
    const pmf = exactMannWhitneyPmf(3, 4);
    // Partitions of k into at most 3 parts each ≤ 4, for k = 0 … 12, over C(7, 3) = 35 orderings.
    const counts = [1, 1, 2, 3, 4, 4, 5, 4, 4, 3, 2, 1, 1];
    counts.forEach((count, k) => expect(pmf[k]).toBeCloseTo(count / 35, 15));
    expect(exactMannWhitneyPmf(4, 3)).toEqual(pmf);
    const big = exactMannWhitneyPmf(12, 40);
    expect(big.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    for (let k = 0; k <= 480; k += 37) expect(big[k]).toBeCloseTo(big[480 - k]!, 15);
  });

  it('gives P(U ≥ u) with the edges right', () => {
    expect(exactMannWhitneySf(0, 3, 4)).toBe(1);
    expect(exactMannWhitneySf(12, 3, 4)).toBeCloseTo(1 / 35, 15);
    expect(exactMannWhitneySf(13, 3, 4)).toBe(0);
  });
});
