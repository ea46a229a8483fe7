// 1-D Wasserstein (earth mover's) distance between two samples, raw and normed by the reference's spread.
import { assertFiniteSample, sortedCopy, type Sample } from '../../core/stats/sample';

/** Evidently's floor on the normaliser, so a constant reference column cannot divide by zero. */
export const WASSERSTEIN_MIN_NORM = 0.001;

/**
 * W₁ = ∫ |F_ref(x) − F_cur(x)| dx between the two empirical CDFs: how far, on average, each unit
 * of probability mass must move to turn one sample into the other, in the feature's own units.
 * Same value as `scipy.stats.wasserstein_distance(reference, current)` (unweighted).
 */
export function wassersteinDistance(reference: Sample, current: Sample): number {
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  const a = sortedCopy(reference);
  const b = sortedCopy(current);
  let i = 0;
  let j = 0;
  let area = 0;
  let previous = Math.min(a[0]!, b[0]!);
  // Walk the merged values; between consecutive ones both CDFs are flat, so each gap adds a rectangle.
  while (i < a.length || j < b.length) {
    const value = Math.min(i < a.length ? a[i]! : Infinity, j < b.length ? b[j]! : Infinity);
    area += Math.abs(i / a.length - j / b.length) * (value - previous);
    while (i < a.length && a[i] === value) i++;
    while (j < b.length && b[j] === value) j++;
    previous = value;
  }
  return area;
}

/**
 * Population standard deviation (divisor n, NumPy's `np.std` default ddof = 0), by a two-pass
 * mean-then-squares sum so a large offset does not cost precision.
 */
export function populationStd(values: Sample): number {
  assertFiniteSample(values, 'reference');
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

/**
 * Evidently's "Wasserstein distance (normed)": W₁ divided by max(np.std(reference), 0.001) —
 * the reference's *population* standard deviation (ddof = 0), as in Evidently's
 * `wasserstein_distance_norm.py`. The result is in reference standard deviations, so 0.1 (the
 * default drift threshold) means "the distribution moved by about a tenth of its usual spread",
 * whatever the feature's units.
 */
export function normedWassersteinDistance(reference: Sample, current: Sample): number {
  const distance = wassersteinDistance(reference, current);
  return distance / Math.max(populationStd(reference), WASSERSTEIN_MIN_NORM);
}
