// The chi-square homogeneity test agrees with scipy.stats.chi2_contingency(..., correction=False) on 2 × k tables.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { alignCategoryCounts } from '../../../../simulations/drift/stats/categories';
import { chiSquareHomogeneity, chiSquareSf, chiSquareTest } from '../../../../simulations/drift/stats/chi-square';

const LANGUAGES = ['en', 'fr', 'de', 'es'];
const expectRelativelyClose = (actual: number, expected: number, relative = 1e-10) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('chiSquareHomogeneity matches scipy.stats.chi2_contingency(table, correction=False) (SciPy 1.10.1)', () => {
  it('on a 2 × 3 table', () => {
    // chi2_contingency([[30, 45, 25], [20, 55, 45]], correction=False) → statistic 6.953571428571429, dof 2, pvalue 0.030906594170004718
    const result = chiSquareHomogeneity([30, 45, 25], [20, 55, 45]);
    expect(result.statistic).toBeCloseTo(6.953571428571429, 12);
    expect(result.degreesOfFreedom).toBe(2);
    expectRelativelyClose(result.pValue, 0.030906594170004718);
  });

  it('on a 2 × 2 table without the Yates correction', () => {
    // chi2_contingency([[12, 8], [5, 15]], correction=False) → statistic 5.012787723785166, dof 1, pvalue 0.025160759200408785
    const result = chiSquareHomogeneity([12, 8], [5, 15]);
    expect(result.statistic).toBeCloseTo(5.012787723785166, 12);
    expect(result.degreesOfFreedom).toBe(1);
    expectRelativelyClose(result.pValue, 0.025160759200408785);
  });

  it('drops a category that is empty in both samples (SciPy raises on the zero expected count)', () => {
    // chi2_contingency([[10, 5], [8, 9]], correction=False) → statistic 1.2449424214130096, dof 1, pvalue 0.26452065042882195
    const result = chiSquareHomogeneity([10, 0, 5], [8, 0, 9]);
    expect(result.statistic).toBeCloseTo(1.2449424214130096, 12);
    expect(result.degreesOfFreedom).toBe(1);
    expectRelativelyClose(result.pValue, 0.26452065042882195);
  });

  it('on seeded language labels (600 vs 500, Spanish share up from 5 % to 10 %)', () => {
    const rng = createRng(21);
    const reference = Array.from({ length: 600 }, () => LANGUAGES[rng.categorical([0.5, 0.3, 0.15, 0.05])]!);
    const current = Array.from({ length: 500 }, () => LANGUAGES[rng.categorical([0.45, 0.3, 0.15, 0.1])]!);
    // Labels exported to JSON, counted per category in first-seen order:
    // chi2_contingency([[22, 195, 306, 77], [46, 146, 222, 86]], correction=False) → statistic 20.450314606349167, dof 3, pvalue 0.00013690577110165547
    const counts = alignCategoryCounts(reference, current);
    expect(counts.categories).toEqual(['es', 'fr', 'en', 'de']);
    expect(counts.reference).toEqual([22, 195, 306, 77]);
    expect(counts.current).toEqual([46, 146, 222, 86]);
    const result = chiSquareTest(reference, current);
    expect(result.statistic).toBeCloseTo(20.450314606349167, 11);
    expect(result.degreesOfFreedom).toBe(3);
    expectRelativelyClose(result.pValue, 0.00013690577110165547);
  });
});

describe('chiSquareSf matches scipy.stats.chi2.sf (SciPy 1.10.1)', () => {
  it('near the 5 % critical value and deep in the tail', () => {
    // scipy.stats.chi2.sf(3.84, 1) → 0.05004352124870519
    expectRelativelyClose(chiSquareSf(3.84, 1), 0.05004352124870519);
    // scipy.stats.chi2.sf(150, 4) → 2.035764090974152e-31
    expectRelativelyClose(chiSquareSf(150, 4), 2.035764090974152e-31, 1e-9);
  });
});

describe('categories and edge cases', () => {
  it('counts a category seen only in production against a reference count of 0', () => {
    const counts = alignCategoryCounts(['en', 'en', 'fr'], ['en', 'pt']);
    expect(counts).toEqual({ categories: ['en', 'fr', 'pt'], reference: [2, 1, 0], current: [1, 0, 1] });
  });

  it('gives statistic 0 and p = 1 for identical samples, and for a single shared category', () => {
    expect(chiSquareTest(['en', 'fr', 'fr'], ['fr', 'en', 'fr'])).toEqual({ statistic: 0, degreesOfFreedom: 1, pValue: 1 });
    // chi2_contingency([[5], [7]], correction=False) → statistic 0.0, pvalue 1.0, dof 0
    expect(chiSquareHomogeneity([5], [7])).toEqual({ statistic: 0, degreesOfFreedom: 0, pValue: 1 });
  });

  it('rejects empty samples, NaN labels and malformed counts with a clear error', () => {
    expect(() => chiSquareTest([], ['en'])).toThrow(/reference sample is empty/);
    expect(() => chiSquareTest(['en'], [])).toThrow(/current sample is empty/);
    expect(() => chiSquareTest(['en'], [Number.NaN])).toThrow(/missing category \(NaN\) at index 0/);
    expect(() => chiSquareHomogeneity([1, 2], [1, 2, 3])).toThrow(/one count per category/);
    expect(() => chiSquareHomogeneity([1, Number.NaN], [1, 2])).toThrow(/finite and ≥ 0/);
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(/add up to 0/);
  });
});
