// Jensen–Shannon distance between two distributions over the same bins or categories (natural log).
import { alignCategoryCounts, type Category } from './categories';
import type { Sample } from '../../core/stats/sample';
import { assertCounts } from './sample-checks';
import { sharedHistogram } from './shared-histogram';

/**
 * Jensen–Shannon distance √JSD(p, q) with natural logarithms, so it lies in [0, √ln 2 ≈ 0.8326].
 * `p` and `q` are counts or weights per bin (each is normalised to sum 1), like
 * `scipy.spatial.distance.jensenshannon(p, q)` with its default base e. A bin that is 0 in one
 * vector contributes nothing to that side's term (0 · ln 0 = 0), so no flooring is needed.
 * Some Evidently versions pass base=2 (range [0, 1]); the course uses natural log, where 0.1 is
 * Evidently's default threshold.
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  assertCounts(p, 'first');
  assertCounts(q, 'second');
  if (p.length !== q.length) throw new Error(`Jensen–Shannon needs the same bins on both sides, got ${p.length} and ${q.length}.`);
  const pTotal = p.reduce((sum, x) => sum + x, 0);
  const qTotal = q.reduce((sum, x) => sum + x, 0);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pTotal;
    const qi = q[i]! / qTotal;
    const mean = (pi + qi) / 2;
    if (pi > 0) divergence += pi * Math.log(pi / mean);
    if (qi > 0) divergence += qi * Math.log(qi / mean);
  }
  // Rounding can leave a hair below zero for identical inputs; the distance is then 0.
  return Math.sqrt(Math.max(0, divergence / 2));
}

/** Jensen–Shannon distance of two numeric samples histogrammed on shared equal-width bins (see shared-histogram.ts). */
export function numericJensenShannon(reference: Sample, current: Sample, options: { bins?: number } = {}): number {
  const histogram = sharedHistogram(reference, current, options);
  return jensenShannonDistance(histogram.reference, histogram.current);
}

/** Jensen–Shannon distance of two categorical samples over the union of their categories. */
export function categoricalJensenShannon(reference: readonly Category[], current: readonly Category[]): number {
  const counts = alignCategoryCounts(reference, current);
  return jensenShannonDistance(counts.reference, counts.current);
}
