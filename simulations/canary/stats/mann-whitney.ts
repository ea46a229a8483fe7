// Two-sample Mann–Whitney U test (Wilcoxon rank-sum): is one version's metric stochastically larger than the other's?
import { exactMannWhitneySf, MWU_EXACT_MAX_WORK } from './mann-whitney-exact';
import { normalSf } from './normal';
import { assertFiniteSample, sortedCopy, type Sample } from '../../core/stats/sample';

/** The alternative hypothesis about the first sample x, as in SciPy: 'greater' means x tends to be larger than y. */
export type MannWhitneyAlternative = 'two-sided' | 'less' | 'greater';
/** How the p-value is found: the normal approximation, the exact null distribution, or SciPy's rule for choosing. */
export type MannWhitneyMethod = 'asymptotic' | 'exact' | 'auto';

export interface MannWhitneyOptions {
  alternative?: MannWhitneyAlternative;
  method?: MannWhitneyMethod;
  /** Subtract ½ from |U − mn/2| in the normal approximation (SciPy's default `use_continuity=True`). */
  useContinuity?: boolean;
}

export interface MannWhitneyResult {
  /** U of the first sample: the number of pairs (xᵢ, yⱼ) with xᵢ > yⱼ, plus ½ for each tie. In [0, m·n]. */
  statistic: number;
  /** P-value for the chosen alternative, in [0, 1]. */
  pValue: number;
  /** The method actually used ('auto' resolved; 'exact' falls back to 'asymptotic' when too costly). */
  method: 'asymptotic' | 'exact';
  /** Whether any value occurs more than once in the pooled sample (0/1 error samples always tie). */
  hasTies: boolean;
}

/** What the ranking pass yields: everything the test needs from the data. */
interface RankSummary {
  /** Sum of the first sample's ranks in the pooled sample (ties get their average rank). */
  rankSumX: number;
  /** Σ (t³ − t) over groups of t tied values, for the variance's tie correction. */
  tieTerm: number;
  hasTies: boolean;
}

/**
 * Mann–Whitney U test matching `scipy.stats.mannwhitneyu(x, y, use_continuity, alternative, method)`
 * of SciPy 1.10:
 * - statistic: U₁ = R₁ − m(m+1)/2, the U of x (not min(U₁, U₂) as in textbooks).
 * - 'asymptotic': z = (U − mn/2 − ½) / σ with σ² = mn/12 · ((N+1) − Σ(t³−t)/(N(N−1))), where U is
 *   U₁ for 'greater', U₂ = mn − U₁ for 'less' and max(U₁, U₂) for 'two-sided' (whose p is doubled).
 * - 'exact': the exact null distribution (mann-whitney-exact.ts); like SciPy it ignores ties and
 *   truncates a half-integer U.
 * - 'auto' (the default), SciPy 1.10's `_mwu_choose_method`: asymptotic when both samples have
 *   more than 8 values, or when there are ties; exact otherwise — so exact whenever the smaller
 *   sample has ≤ 8 values and nothing ties.
 * Where SciPy answers NaN (every value tied and use_continuity false, so z = 0/0) we answer p = 1.
 *
 * Cost O(m log m + n log n): each sample is sorted once and the two are merged to rank them, so
 * 30,000 requests per version and interval take milliseconds; no pairwise loop.
 *
 * No Hodges–Lehmann shift estimate (median of the m·n pairwise differences) is offered: Kayenta
 * classifies by its confidence interval, but on per-request 0/1 error flags that shift is 0 whatever
 * the error rates, so the judge uses this p-value plus a mean-ratio effect size instead
 * (judge/metric-classifier.ts explains).
 */
export function mannWhitneyU(x: Sample, y: Sample, options: MannWhitneyOptions = {}): MannWhitneyResult {
  assertFiniteSample(x, 'first');
  assertFiniteSample(y, 'second');
  const alternative = options.alternative ?? 'two-sided';
  const useContinuity = options.useContinuity ?? true;
  const m = x.length;
  const n = y.length;
  const { rankSumX, tieTerm, hasTies } = rankSums(sortedCopy(x), sortedCopy(y));
  const statistic = rankSumX - (m * (m + 1)) / 2;
  const method = chooseMethod(options.method ?? 'auto', m, n, hasTies);

  const other = m * n - statistic;
  const tested = alternative === 'greater' ? statistic : alternative === 'less' ? other : Math.max(statistic, other);
  const sides = alternative === 'two-sided' ? 2 : 1;

  let tail: number;
  if (method === 'exact') {
    tail = exactMannWhitneySf(Math.trunc(tested), m, n);
  } else {
    const total = m + n;
    const sd = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm / (total * (total - 1))));
    const numerator = tested - (m * n) / 2 - (useContinuity ? 0.5 : 0);
    // σ = 0 only when every pooled value is the same: nothing can differ.
    tail = sd > 0 ? normalSf(numerator / sd) : 1;
  }
  return { statistic, pValue: Math.min(1, sides * tail), method, hasTies };
}

function chooseMethod(requested: MannWhitneyMethod, m: number, n: number, hasTies: boolean): 'asymptotic' | 'exact' {
  const exactAffordable = Math.min(m, n) ** 2 * Math.max(m, n) <= MWU_EXACT_MAX_WORK;
  if (requested === 'exact') return exactAffordable ? 'exact' : 'asymptotic';
  if (requested === 'asymptotic') return 'asymptotic';
  if ((m > 8 && n > 8) || hasTies) return 'asymptotic';
  return exactAffordable ? 'exact' : 'asymptotic';
}

/** Ranks the pooled sample by merging the two sorted samples; every run of tied values gets its average rank. */
function rankSums(xs: Float64Array, ys: Float64Array): RankSummary {
  let i = 0;
  let j = 0;
  let rankedSoFar = 0;
  let rankSumX = 0;
  let tieTerm = 0;
  while (i < xs.length || j < ys.length) {
    const value = j >= ys.length || (i < xs.length && xs[i]! <= ys[j]!) ? xs[i]! : ys[j]!;
    let fromX = 0;
    let fromY = 0;
    while (i < xs.length && xs[i] === value) {
      i++;
      fromX++;
    }
    while (j < ys.length && ys[j] === value) {
      j++;
      fromY++;
    }
    const tied = fromX + fromY;
    // Ranks rankedSoFar+1 … rankedSoFar+tied share their mean.
    const averageRank = rankedSoFar + (tied + 1) / 2;
    rankSumX += fromX * averageRank;
    tieTerm += tied ** 3 - tied;
    rankedSoFar += tied;
  }
  return { rankSumX, tieTerm, hasTies: tieTerm > 0 };
}
