// Binomial probabilities agree with scipy.stats.binom in the bulk and in the far tails, at the sizes a canary interval sees.
import { describe, expect, it } from 'vitest';
import { binomialPmfs } from '../../../../simulations/canary/stats/binomial';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-11) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};
const cdf = (pmf: Float64Array, k: number) => pmf.subarray(0, k + 1).reduce((sum, v) => sum + v, 0);
const sf = (pmf: Float64Array, k: number) => pmf.subarray(k + 1).reduce((sum, v) => sum + v, 0);

describe('binomialPmfs matches scipy.stats.binom (SciPy 1.10.1)', () => {
  it.each([
    // [k, n, p, binom.pmf(k, n, p), binom.cdf(k, n, p), binom.sf(k, n, p)]
    [5, 500, 0.01, 0.17635104507334973, 0.6159621318214523, 0.3840378681785476],
    [490, 500, 0.99, 0.01785853954870863, 0.031102106648488143, 0.9688978933515119],
    [2970, 3000, 0.99, 0.07300042531466991, 0.5246483013388721, 0.4753516986611279],
    [29650, 30000, 0.99, 0.00039480257427280263, 0.0024904593571158746, 0.9975095406428841],
    [150, 300, 0.5, 0.046027514419034396, 0.523013757209517, 0.476986242790483],
  ])('k = %i, n = %i, p = %f', (k, n, p, pmfValue, cdfValue, sfValue) => {
    const pmf = binomialPmfs(n, p);
    expectRelativelyClose(pmf[k]!, pmfValue);
    expectRelativelyClose(cdf(pmf, k), cdfValue);
    expectRelativelyClose(sf(pmf, k), sfValue);
  });

  it('sums to 1, underflows cleanly in the far tail, and handles p = 0 and p = 1', () => {
    const pmf = binomialPmfs(30_000, 0.99);
    expect(pmf.reduce((sum, v) => sum + v, 0)).toBeCloseTo(1, 13);
    // binom.pmf(0, 30000, 0.99) → 0.0 (0.01³⁰⁰⁰⁰ underflows)
    expect(pmf[0]).toBe(0);
    expect(Array.from(binomialPmfs(3, 0))).toEqual([1, 0, 0, 0]);
    expect(Array.from(binomialPmfs(3, 1))).toEqual([0, 0, 0, 1]);
    expect(Array.from(binomialPmfs(0, 0.3))).toEqual([1]);
    expect(() => binomialPmfs(5, 1.5)).toThrow(/\[0, 1\]/);
    expect(() => binomialPmfs(-1, 0.5)).toThrow(/whole number/);
  });
});
