// Sample quantiles (p99 latency and the like) with a distribution-free confidence interval from order statistics.
import { binomialPmfs } from './binomial';
import { assertFiniteSample, sortedCopy, type Sample } from '../../core/stats/sample';

export interface QuantileInterval {
  /** The sample quantile, interpolated like NumPy's default (`np.quantile(x, p)`, method 'linear'). */
  estimate: number;
  /** The order statistic x₍ₗ₎ below the true quantile with probability ≥ 1 − α/2; null when no sample is large enough to say. */
  lower: number | null;
  /** The order statistic x₍ᵤ₎ above the true quantile with probability ≥ 1 − α/2; null when no sample is large enough to say. */
  upper: number | null;
  /** 1-based ranks l and u of those order statistics in the sorted sample (null with their bound). */
  lowerRank: number | null;
  upperRank: number | null;
  /** The exact coverage P(x₍ₗ₎ ≤ ξₚ ≤ x₍ᵤ₎) for continuous data; at least the requested confidence. */
  coverage: number;
}

/**
 * The p-quantile of an already sorted sample, interpolated linearly between order statistics like
 * `np.quantile(x, p)` (Hyndman & Fan type 7, NumPy's and R's default), including NumPy's way of
 * interpolating from the nearer neighbour so the result is exact at the data points.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile level must be in [0, 1], got ${p}.`);
  if (sorted.length === 0) throw new Error('The quantile of an empty sample is undefined.');
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const fraction = position - below;
  const a = sorted[below]!;
  if (fraction === 0) return a;
  const b = sorted[below + 1]!;
  const difference = b - a;
  return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction;
}

/** The p-quantile of a sample (sorted internally; the input is left alone). `quantile(latencies, 0.99)` is the p99. */
export function quantile(sample: Sample, p: number): number {
  assertFiniteSample(sample, 'quantile');
  return quantileOfSorted(sortedCopy(sample), p);
}

/**
 * The p-quantile with an equal-tailed confidence interval that assumes nothing about the
 * distribution (Conover, *Practical Nonparametric Statistics*, §3.2). The number B of observations
 * below the true quantile ξₚ is Binomial(n, p), so x₍ⱼ₎ > ξₚ exactly when B < j. We take the
 * largest l with P(B < l) ≤ α/2 and the smallest u with P(B ≥ u) ≤ α/2. Matches
 * `scipy.stats.quantile_test(x, p=p).confidence_interval(confidence)` (SciPy ≥ 1.11), which also
 * reports a missing bound (as NaN) when no order statistic qualifies.
 *
 * Why it matters for p99: the upper bound needs P(B ≥ n) = 0.99ⁿ ≤ 0.025, so with fewer than 368
 * requests a 95 % interval for p99 has no upper end at all — the honest answer at low traffic. Ties
 * make the interval conservative rather than wrong.
 */
export function quantileInterval(sample: Sample, p: number, confidence = 0.95): QuantileInterval {
  assertFiniteSample(sample, 'quantile');
  if (!(p > 0 && p < 1)) throw new RangeError(`A quantile level for an interval must be strictly between 0 and 1, got ${p}.`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`The confidence level must be strictly between 0 and 1, got ${confidence}.`);
  const sorted = sortedCopy(sample);
  const { lowerRank, upperRank, coverage } = orderStatisticRanks(sorted.length, p, confidence);
  return {
    estimate: quantileOfSorted(sorted, p),
    lower: lowerRank === null ? null : sorted[lowerRank - 1]!,
    upper: upperRank === null ? null : sorted[upperRank - 1]!,
    lowerRank,
    upperRank,
    coverage,
  };
}

/** The 1-based ranks (l, u) of the order statistics that bound the p-quantile of n values, and their exact coverage. */
export function orderStatisticRanks(n: number, p: number, confidence: number): Pick<QuantileInterval, 'lowerRank' | 'upperRank' | 'coverage'> {
  const halfAlpha = (1 - confidence) / 2;
  const pmf = binomialPmfs(n, p);
  // below = P(B ≤ j − 1) = P(B < j) as j rises: the chance that x₍ⱼ₎ lies above the quantile.
  let lowerRank: number | null = null;
  let below = 0;
  for (let j = 1; j <= n; j++) {
    below += pmf[j - 1]!;
    if (below > halfAlpha) break;
    lowerRank = j;
  }
  // above = P(B ≥ j) as j falls: the chance that x₍ⱼ₎ lies below the quantile.
  let upperRank: number | null = null;
  let above = 0;
  for (let j = n; j >= 1; j--) {
    above += pmf[j]!;
    if (above > halfAlpha) break;
    upperRank = j;
  }
  let outside = 0;
  if (lowerRank !== null) for (let k = 0; k < lowerRank; k++) outside += pmf[k]!;
  if (upperRank !== null) for (let k = upperRank; k <= n; k++) outside += pmf[k]!;
  return { lowerRank, upperRank, coverage: 1 - outside };
}
