// Two-sample Kolmogorov–Smirnov test: the largest gap between two empirical CDFs, and how surprising it is.
import { kolmogorovSf } from './kolmogorov';
import { exactTwoSampleKsSf } from './ks-exact';
import { assertFiniteSample, sortedCopy, type Sample } from '../../core/stats/sample';

/** How the p-value is found: SciPy's asymptotic formula, or the exact lattice-path count. */
export type KsMethod = 'asymp' | 'exact';

/** Above this many lattice cells (m × n) an exact p-value costs too much for a browser step; we fall back to 'asymp'. */
export const KS_EXACT_MAX_CELLS = 25_000_000;

export interface KsResult {
  /** D = max |F_ref(x) − F_cur(x)| over every observed value, in [0, 1]. */
  statistic: number;
  /** Two-sided p-value for "both samples come from the same continuous distribution". */
  pValue: number;
  /** The method actually used ('exact' falls back to 'asymp' for very large samples, as SciPy does). */
  method: KsMethod;
}

/**
 * The two-sample KS statistic D: the largest vertical distance between the two empirical
 * CDFs. Both CDFs are evaluated after every tied value has been counted (right-continuous, like
 * `np.searchsorted(..., side="right")` in SciPy), so ties across the samples never create a gap
 * that isn't there.
 */
export function ksStatistic(reference: Sample, current: Sample): number {
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  return statisticOfSorted(sortedCopy(reference), sortedCopy(current));
}

/**
 * Two-sided two-sample KS test, matching `scipy.stats.ks_2samp(reference, current, method=…)`.
 *
 * method "asymp" (the default) does what SciPy ≥ 1.5 does: it evaluates the *finite-n*
 * Kolmogorov distribution `kstwo.sf(D, round(en))` at the effective size en = m·n/(m+n), rounded
 * half-to-even like `np.round`. It does **not** use the limiting `kstwobign.sf(D·√en)` that older
 * SciPy and most textbooks use (that is `kolmogorovLimitSf` in kolmogorov.ts); at en = 50 and
 * D = 0.2 the limit says p = 0.037 where the finite-n distribution says 0.031. For en < 0.5 (one value in each sample) SciPy returns NaN;
 * we use n = 1, which gives p = 1 when the two values tie and 0 otherwise.
 *
 * method "exact" matches `method="exact"` (the lattice-path probability, see ks-exact.ts). SciPy's
 * own default "auto" picks exact when both samples have ≤ 10,000 values — that is what Evidently
 * reports; we keep asymp as the default because it is cheap at any size.
 */
export function ksTest(reference: Sample, current: Sample, options: { method?: KsMethod } = {}): KsResult {
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  const statistic = statisticOfSorted(sortedCopy(reference), sortedCopy(current));
  const m = reference.length;
  const n = current.length;
  if (options.method === 'exact' && m * n <= KS_EXACT_MAX_CELLS) {
    return { statistic, pValue: exactTwoSampleKsSf(m, n, statistic), method: 'exact' };
  }
  const effectiveSize = Math.max(1, roundHalfToEven((m * n) / (m + n)));
  return { statistic, pValue: kolmogorovSf(statistic, effectiveSize), method: 'asymp' };
}

function statisticOfSorted(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let largest = 0;
  while (i < a.length && j < b.length) {
    // Step past every copy of the next smallest value in both samples before comparing the CDFs.
    const value = Math.min(a[i]!, b[j]!);
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    largest = Math.max(largest, Math.abs(i / a.length - j / b.length));
  }
  // Once one sample is used up its CDF is 1; the other's only rises toward 1, so the gap only shrinks.
  return largest;
}

/** Rounds to the nearest integer, ties to even, like `np.round` (Math.round sends 2.5 to 3; NumPy to 2). */
function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}
