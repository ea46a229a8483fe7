// Sample quantiles match NumPy, and their order-statistic intervals match SciPy's quantile_test and cover as promised.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { orderStatisticRanks, quantile, quantileInterval, quantileOfSorted } from '../../../../simulations/canary/stats/quantile';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-12) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

/** 500 standard normals from createRng(21), exported to JSON for the NumPy/SciPy references below. */
const normals = () => {
  const rng = createRng(21);
  return Array.from({ length: 500 }, () => rng.normal(0, 1));
};
/** 3000 lognormal latencies (median 200 ms, σ 0.35) from createRng(7), exported the same way. */
const latencies = () => {
  const rng = createRng(7);
  return Array.from({ length: 3000 }, () => rng.lognormal(Math.log(200), 0.35));
};

describe('quantile matches np.quantile(x, p) (NumPy 1.24.2, default method "linear")', () => {
  it('on small hand-made samples', () => {
    // np.quantile([1, 2, 3, 4], 0.5) → 2.5; np.quantile([3, 1, 2], 0.75) → 2.5; np.quantile([0.1, 0.2, 0.7], 0.3) → 0.16
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([3, 1, 2], 0.75)).toBe(2.5);
    expect(quantile([0.1, 0.2, 0.7], 0.3)).toBeCloseTo(0.16, 15);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('on 500 seeded normals, from the minimum to the maximum', () => {
    const x = normals();
    // np.quantile(x, p) for p = 0, 0.25, 0.5, 0.9, 0.99, 0.999, 1
    const expected: [number, number][] = [
      [0, -2.3931854475698375],
      [0.25, -0.7623580839406685],
      [0.5, -0.05322759979002688],
      [0.9, 1.2546521033621365],
      [0.99, 2.205495286558991],
      [0.999, 2.77546000389367],
      [1, 2.815407598494748],
    ];
    for (const [p, value] of expected) expectRelativelyClose(quantile(x, p), value);
  });

  it('leaves its input unsorted and rejects bad levels and empty samples', () => {
    const x = [3, 1, 2];
    quantile(x, 0.5);
    expect(x).toEqual([3, 1, 2]);
    expect(() => quantile(x, 1.01)).toThrow(/\[0, 1\]/);
    expect(() => quantile([], 0.5)).toThrow(/empty/);
    expect(() => quantileOfSorted([], 0.5)).toThrow(/empty/);
  });
});

describe('quantileInterval matches scipy.stats.quantile_test(x, p=p).confidence_interval(confidence) (SciPy 1.17.1)', () => {
  // Ranks and coverage cross-checked with SciPy 1.10.1: l = max{j : binom.cdf(j − 1, n, p) ≤ α/2},
  // u = min{j : binom.sf(j − 1, n, p) ≤ α/2}, coverage = binom.cdf(u − 1) − binom.cdf(l − 1).
  it.each([
    // [p, confidence, low, high, l, u, coverage]
    [0.5, 0.95, -0.16963375536511735, 0.0633493085712524, 228, 273, 0.9559365304210727],
    [0.9, 0.95, 1.0634336051902855, 1.3878048345101013, 436, 464, 0.9633952970027854],
    [0.99, 0.95, 2.1041181069314256, 2.815407598494748, 490, 500, 0.9801859498578058],
    [0.99, 0.8, 2.1424953857965687, 2.7353522986929923, 492, 499, 0.8931350992539075],
  ])('500 seeded normals, p = %f at %f', (p, confidence, low, high, l, u, coverage) => {
    const interval = quantileInterval(normals(), p, confidence);
    expect(interval).toMatchObject({ lower: low, upper: high, lowerRank: l, upperRank: u });
    expectRelativelyClose(interval.coverage, coverage, 1e-12);
  });

  it('on the p99 of 3000 seeded latencies', () => {
    // quantile_test(lat, p=0.99).confidence_interval(0.95) → (430.43646629332824, 472.31332433357215);
    // np.quantile(lat, 0.99) → 447.86814746841725; ranks (2959, 2981), coverage 0.9570697031932118
    const interval = quantileInterval(latencies(), 0.99);
    expect(interval).toMatchObject({ lower: 430.43646629332824, upper: 472.31332433357215, lowerRank: 2959, upperRank: 2981 });
    expectRelativelyClose(interval.estimate, 447.86814746841725);
    expectRelativelyClose(interval.coverage, 0.9570697031932118, 1e-12);
  });

  it('has no upper bound for p99 below 368 values, as SciPy (which says NaN)', () => {
    // quantile_test(np.arange(100.), p=0.99).confidence_interval(0.95) → (96.0, nan); p=0.01 → (nan, 3.0)
    const hundred = Array.from({ length: 100 }, (_, i) => i);
    expect(quantileInterval(hundred, 0.99)).toMatchObject({ lower: 96, upper: null, upperRank: null });
    expect(quantileInterval(hundred, 0.01)).toMatchObject({ lower: null, upper: 3, lowerRank: null });
    // 0.99³⁶⁷ = 0.02502 > 0.025 but 0.99³⁶⁸ = 0.02477: quantile_test(np.arange(367.), p=0.99) → high nan; 368 → 367.0
    expect(orderStatisticRanks(367, 0.99, 0.95).upperRank).toBeNull();
    expect(orderStatisticRanks(368, 0.99, 0.95).upperRank).toBe(368);
  });

  it('covers the true p99 of a normal at least as often as promised (1000 seeded samples of 500)', () => {
    const rng = createRng(77);
    const trueP99 = 2.3263478740408408; // scipy.stats.norm.ppf(0.99)
    let covered = 0;
    for (let run = 0; run < 1000; run++) {
      const { lower, upper } = quantileInterval(Float64Array.from({ length: 500 }, () => rng.normal(0, 1)), 0.99);
      if (lower! <= trueP99 && trueP99 <= upper!) covered++;
    }
    // Measured 0.987 with this seed; the exact coverage is 0.9802 (above), so ±0.0044 sampling noise.
    expect(covered / 1000).toBeGreaterThan(0.96);
  });

  it('rejects levels at the ends and bad confidence levels', () => {
    expect(() => quantileInterval([1, 2, 3], 1)).toThrow(/strictly between 0 and 1/);
    expect(() => quantileInterval([1, 2, 3], 0.5, 0)).toThrow(/confidence level/);
  });
});
