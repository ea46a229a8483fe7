// Jensen–Shannon distance agrees with scipy.spatial.distance.jensenshannon; shared bins agree with np.histogram.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { categoricalJensenShannon, jensenShannonDistance, numericJensenShannon } from '../../../../simulations/drift/stats/jensen-shannon';
import { sharedHistogram } from '../../../../simulations/drift/stats/shared-histogram';

const A = [0.61, 0.29, 0.06, 0.59, -1.73, -0.74, 0.51, -0.56, 0.39, 1.64, 0.05, -0.06, 0.64, -0.82, 0.37, 1.77, 1.09, -1.28, 2.36, 1.31, 1.05, -0.32, -0.4, 1.06, -2.47];
const B = [1.22, 0.87, 2.14, 0.35, 1.9, 0.71, 1.48, -0.23, 2.61, 1.05, 0.66, 1.37, 0.12, 1.84, 0.95, 2.03, 1.59, 0.48];

describe('jensenShannonDistance matches scipy.spatial.distance.jensenshannon(p, q) (SciPy 1.10.1, base e)', () => {
  it.each([
    [[0.1, 0.4, 0.5], [0.3, 0.3, 0.4], 0.1803596560271257], // jensenshannon([0.1, 0.4, 0.5], [0.3, 0.3, 0.4])
    [[0.5, 0.5, 0], [0, 0.5, 0.5], 0.5887050112577373], // jensenshannon([0.5, 0.5, 0], [0, 0.5, 0.5]): zeros need no floor
    [[10, 20, 30], [30, 20, 10], 0.2953100471720493], // jensenshannon([10, 20, 30], [30, 20, 10]): counts are normalised
    [[1, 0], [0, 1], 0.8325546111576977], // jensenshannon([1, 0], [0, 1]) = √ln 2, the maximum with natural log
  ])('p = %j, q = %j', (p, q, expected) => {
    expect(jensenShannonDistance(p, q)).toBeCloseTo(expected, 14);
  });

  it('reaches √ln 2 for disjoint supports and is symmetric', () => {
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    expect(jensenShannonDistance([0.1, 0.4, 0.5], [0.3, 0.3, 0.4])).toBeCloseTo(jensenShannonDistance([0.3, 0.3, 0.4], [0.1, 0.4, 0.5]), 15);
  });

  it('on seeded language labels over the union of categories', () => {
    const rng = createRng(21);
    const languages = ['en', 'fr', 'de', 'es'];
    const reference = Array.from({ length: 600 }, () => languages[rng.categorical([0.5, 0.3, 0.15, 0.05])]!);
    const current = Array.from({ length: 500 }, () => languages[rng.categorical([0.45, 0.3, 0.15, 0.1])]!);
    // Labels exported to JSON: jensenshannon([22, 195, 306, 77], [46, 146, 222, 86]) → 0.0965621523846936
    expect(categoricalJensenShannon(reference, current)).toBeCloseTo(0.0965621523846936, 14);
  });
});

describe('sharedHistogram matches np.histogram_bin_edges(pooled, bins) + np.histogram (NumPy 1.24.2)', () => {
  it('uses NumPy\'s Sturges rule on the pooled sample by default', () => {
    const histogram = sharedHistogram(A, B);
    // np.histogram_bin_edges(np.concatenate([A, B]), bins="sturges") → 7 bins:
    const edges = [-2.47, -1.7442857142857144, -1.0185714285714287, -0.29285714285714315, 0.43285714285714283, 1.1585714285714288, 1.884285714285714, 2.61];
    histogram.edges.forEach((edge, i) => expect(edge).toBeCloseTo(edges[i]!, 14));
    // np.histogram(A, edges)[0], np.histogram(B, edges)[0]
    expect(histogram.reference).toEqual([1, 2, 5, 6, 7, 3, 1]);
    expect(histogram.current).toEqual([0, 0, 0, 3, 6, 5, 4]);
    // jensenshannon(those two histograms) → 0.40786663672326895
    expect(numericJensenShannon(A, B)).toBeCloseTo(0.40786663672326895, 14);
  });

  it('takes a bin count and puts the maximum in the last bin', () => {
    const histogram = sharedHistogram(A, B, { bins: 5 });
    // np.histogram_bin_edges(np.concatenate([A, B]), bins=5) → [-2.47, -1.454, -0.438, 0.578, 1.594, 2.61]
    expect(histogram.edges).toEqual([-2.47, expect.closeTo(-1.454, 14), expect.closeTo(-0.438, 14), expect.closeTo(0.578, 14), expect.closeTo(1.594, 14), 2.61]);
    // np.histogram(A, edges)[0], np.histogram(B, edges)[0]; B's maximum 2.61 counts in the last bin
    expect(histogram.reference).toEqual([2, 4, 9, 7, 3]);
    expect(histogram.current).toEqual([0, 0, 4, 9, 5]);
  });

  it('on seeded lognormal samples (2,000 vs 1,500, log-mean +0.1)', () => {
    const rng = createRng(41);
    const reference = Array.from({ length: 2000 }, () => rng.lognormal(0, 0.5));
    const current = Array.from({ length: 1500 }, () => rng.lognormal(0.1, 0.5));
    const histogram = sharedHistogram(reference, current);
    // Samples exported to JSON: e = np.histogram_bin_edges(pooled, bins="sturges") → 13 bins, then np.histogram of each
    expect(histogram.reference).toEqual([444, 825, 457, 148, 78, 25, 11, 5, 4, 3, 0, 0, 0]);
    expect(histogram.current).toEqual([239, 605, 364, 175, 67, 26, 10, 4, 6, 1, 1, 1, 1]);
    // jensenshannon(np.histogram(ref, e)[0], np.histogram(cur, e)[0]) → 0.07995701000741974
    expect(numericJensenShannon(reference, current)).toBeCloseTo(0.07995701000741974, 14);
  });

  it('gives a constant sample one bin of width 1, as NumPy does', () => {
    expect(sharedHistogram([3, 3], [3])).toEqual({ edges: [2.5, 3.5], reference: [2], current: [1] });
  });
});

describe('edge cases', () => {
  it('is 0 for identical inputs', () => {
    expect(jensenShannonDistance([0.2, 0.3, 0.5], [2, 3, 5])).toBe(0);
    expect(numericJensenShannon(A, A)).toBe(0);
    expect(categoricalJensenShannon(['en', 'fr'], ['fr', 'en'])).toBe(0);
  });

  it('rejects empty, NaN, negative and mismatched inputs with a clear error', () => {
    expect(() => jensenShannonDistance([], [])).toThrow(/counts are empty/);
    expect(() => jensenShannonDistance([1, -1], [1, 1])).toThrow(/finite and ≥ 0/);
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow(/add up to 0/);
    expect(() => jensenShannonDistance([1, 2], [1, 2, 3])).toThrow(/same bins/);
    expect(() => numericJensenShannon([], B)).toThrow(/reference sample is empty/);
    expect(() => numericJensenShannon(A, [Number.NaN])).toThrow(/non-finite value \(NaN\) at index 0/);
    expect(() => sharedHistogram(A, B, { bins: 0 })).toThrow(/bins ≥ 1/);
    expect(() => categoricalJensenShannon(['en'], [])).toThrow(/current sample is empty/);
  });
});
