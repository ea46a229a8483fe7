// The 1-D Wasserstein distance agrees with scipy.stats.wasserstein_distance; the normed form divides by np.std(reference).
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { WASSERSTEIN_MIN_NORM, normedWassersteinDistance, populationStd, wassersteinDistance } from '../../../../simulations/drift/stats/wasserstein';

const normals = (rng: Rng, n: number, mean = 0, sd = 1) => Array.from({ length: n }, () => rng.normal(mean, sd));
const A = [0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64, -0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47];
const B = [1.22, 0.87, 2.14, 0.35, 1.9, 0.71, 1.48, -0.23, 2.61, 1.05, 0.66, 1.37, 0.12, 1.84, 0.95, 2.03, 1.59, 0.48];

describe('wassersteinDistance matches scipy.stats.wasserstein_distance(u, v) (SciPy 1.10.1)', () => {
  it.each([
    // [u, v, wasserstein_distance(u, v), np.std(u), wasserstein_distance(u, v) / np.std(u)]
    [[0, 1, 3], [5, 6, 8], 5.0, 1.247219128924647, 4.0089186286863665], // a pure shift by 5
    [[0, 1], [0, 1, 1, 3], 0.75, 0.5, 1.5], // different sizes and a tie across samples
    [[1, 2, 2, 3, 3, 3, 4, 5], [2, 3, 3, 4, 4, 4, 5, 6, 6], 1.2361111111111112, 1.165922381636102, 1.0602001733395972],
    [A, B, 0.9580444444444445, 1.0890835780600128, 0.8796794513704921],
  ])('u = %j', (u, v, distance, std, normed) => {
    expect(wassersteinDistance(u, v)).toBeCloseTo(distance, 13);
    expect(populationStd(u)).toBeCloseTo(std, 14);
    expect(normedWassersteinDistance(u, v)).toBeCloseTo(normed, 13);
  });

  it('on seeded normal samples (1,500 vs 1,200, mean 10 → 10.3, sd 2)', () => {
    const rng = createRng(51);
    const reference = normals(rng, 1500, 10, 2);
    const current = normals(rng, 1200, 10.3, 2);
    // Samples exported to JSON: wasserstein_distance(ref, cur) → 0.2971818341262613; np.std(ref) → 1.9851531420245379
    expect(wassersteinDistance(reference, current)).toBeCloseTo(0.2971818341262613, 12);
    expect(populationStd(reference)).toBeCloseTo(1.9851531420245379, 12);
    // wasserstein_distance(ref, cur) / np.std(ref) → 0.14970222086905774: a 0.15 sd shift, over Evidently's 0.1
    expect(normedWassersteinDistance(reference, current)).toBeCloseTo(0.14970222086905774, 12);
  });
});

describe('properties and edge cases', () => {
  it('is symmetric, and in the feature\'s units before norming', () => {
    expect(wassersteinDistance(B, A)).toBeCloseTo(wassersteinDistance(A, B), 14);
    const scaled = (xs: number[]) => xs.map((x) => 1000 * x);
    expect(wassersteinDistance(scaled(A), scaled(B))).toBeCloseTo(1000 * wassersteinDistance(A, B), 9);
    expect(normedWassersteinDistance(scaled(A), scaled(B))).toBeCloseTo(normedWassersteinDistance(A, B), 12);
  });

  it('uses the population std (ddof = 0), floored at 0.001 for a constant reference', () => {
    expect(populationStd([1, 3])).toBe(1); // np.std([1, 3]) → 1.0 (ddof = 1 would give √2)
    expect(normedWassersteinDistance([5, 5, 5], [5, 5, 5.01])).toBeCloseTo(0.01 / 3 / WASSERSTEIN_MIN_NORM, 9);
  });

  it('is 0 for identical samples', () => {
    expect(wassersteinDistance(A, [...A].reverse())).toBe(0);
    expect(normedWassersteinDistance(A, A)).toBe(0);
  });

  it('rejects empty samples and NaN with a clear error', () => {
    expect(() => wassersteinDistance([], B)).toThrow(/reference sample is empty/);
    expect(() => wassersteinDistance(A, [])).toThrow(/current sample is empty/);
    expect(() => normedWassersteinDistance([1, Number.NaN], B)).toThrow(/non-finite value \(NaN\) at index 1/);
  });
});
