// Chi-square test of homogeneity: do two samples of a categorical column share one distribution over categories?
import { alignCategoryCounts, type Category } from './categories';
import { regularizedGammaQ } from '../../core/stats/gamma';
import { assertCounts } from './sample-checks';

export interface ChiSquareResult {
  /** Pearson's Σ (observed − expected)² / expected over the 2 × k table. */
  statistic: number;
  /** (2 − 1)(k − 1) for k categories that occur in at least one sample. */
  degreesOfFreedom: number;
  /** P(χ² with that many degrees of freedom ≥ statistic); 1 when there is a single category. */
  pValue: number;
}

/** P(X ≥ x) for X ~ χ²(degreesOfFreedom): Q(df/2, x/2). Same value as `scipy.stats.chi2.sf(x, df)`. */
export function chiSquareSf(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`Chi-square degrees of freedom must be > 0, got ${degreesOfFreedom}.`);
  if (!(x >= 0)) throw new RangeError(`A chi-square statistic must be ≥ 0, got ${x}.`);
  return regularizedGammaQ(degreesOfFreedom / 2, x / 2);
}

/**
 * Chi-square test of homogeneity on the 2 × k table [referenceCounts; currentCounts], matching
 * `scipy.stats.chi2_contingency([referenceCounts, currentCounts], correction=False)`. Expected
 * counts are row total × column total / grand total, so the reference is treated as a sample,
 * not as the truth. A category with 0 in both rows is dropped first (SciPy raises on it, because
 * its expected count would be 0).
 *
 * Evidently's own "chisquare" test differs: it calls `scipy.stats.chisquare(current, reference
 * scaled to the current total)`, a goodness-of-fit test that ignores the reference's sampling
 * noise and so flags a little more often.
 */
export function chiSquareHomogeneity(referenceCounts: readonly number[], currentCounts: readonly number[]): ChiSquareResult {
  assertCounts(referenceCounts, 'reference');
  assertCounts(currentCounts, 'current');
  if (referenceCounts.length !== currentCounts.length) {
    throw new Error(`Reference and current need one count per category each, got ${referenceCounts.length} and ${currentCounts.length}.`);
  }
  const columns = referenceCounts.map((ref, i) => [ref, currentCounts[i]!] as const).filter(([ref, cur]) => ref + cur > 0);
  const referenceTotal = columns.reduce((sum, [ref]) => sum + ref, 0);
  const currentTotal = columns.reduce((sum, [, cur]) => sum + cur, 0);
  const total = referenceTotal + currentTotal;
  let statistic = 0;
  for (const [ref, cur] of columns) {
    const columnTotal = ref + cur;
    const expectedRef = (referenceTotal * columnTotal) / total;
    const expectedCur = (currentTotal * columnTotal) / total;
    statistic += (ref - expectedRef) ** 2 / expectedRef + (cur - expectedCur) ** 2 / expectedCur;
  }
  const degreesOfFreedom = columns.length - 1;
  // One category means nothing can differ: SciPy reports statistic 0, dof 0, p 1.
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  return { statistic, degreesOfFreedom, pValue: chiSquareSf(statistic, degreesOfFreedom) };
}

/** The same test on raw category labels: counts them over the union of categories, then tests. */
export function chiSquareTest(reference: readonly Category[], current: readonly Category[]): ChiSquareResult {
  const counts = alignCategoryCounts(reference, current);
  return chiSquareHomogeneity(counts.reference, counts.current);
}
