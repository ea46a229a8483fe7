// The Kayenta-style canary judge: classify every metric, score them, and turn the score into a verdict with a reason.
import type { Sample } from '../../core/stats/sample';
import { classifyMetric, type MetricResult, type MetricSpec } from './metric-classifier';
import { scoreMetrics, type GroupScore } from './score';

/** One metric's spec with this interval's values from each version (errors as 0/1 per request). */
export interface MetricInput extends MetricSpec {
  readonly canary: Sample;
  readonly baseline: Sample;
}

/**
 * Judge settings. The first three have the same names as KayentaStrategy's fields, so a
 * strategy from strategies/config.ts can be passed as the options directly.
 */
export interface JudgeOptions {
  /** Score at or above this passes (Kayenta's `pass` threshold). Default 95. */
  readonly passScore?: number;
  /** Score at or above this (and below passScore) is marginal: hold the step. Default 75. */
  readonly marginalScore?: number;
  /** Fewer values than this in either version makes a metric NoData. Default 50. */
  readonly minDataPoints?: number;
  /** Confidence for calling a change significant; NetflixACAJudge uses 0.98. */
  readonly confidenceLevel?: number;
  /** Percent per group, Kayenta's `classifier.groupWeights`; omit to weigh every metric the same. */
  readonly groupWeights?: Readonly<Record<string, number>>;
}

export type JudgeVerdictLabel = 'pass' | 'marginal' | 'fail' | 'insufficient-data';

export interface JudgeResult {
  readonly verdict: JudgeVerdictLabel;
  /** 0–100, 2 decimals. 0 after a critical failure (as Kayenta); NaN when no metric could be judged. */
  readonly score: number;
  /** One sentence: why this verdict. */
  readonly reason: string;
  readonly metrics: readonly MetricResult[];
  readonly groups: readonly GroupScore[];
  /** The thresholds actually applied, for the report header. */
  readonly thresholds: { readonly passScore: number; readonly marginalScore: number; readonly minDataPoints: number; readonly confidenceLevel: number };
}

export const DEFAULT_JUDGE_OPTIONS = { passScore: 95, marginalScore: 75, minDataPoints: 50, confidenceLevel: 0.98 } as const;

/**
 * Judges one interval, like Kayenta's NetflixACAJudge with its WeightedSumScorer and
 * ThresholdScoreClassifier, in this order:
 * 1. A critical metric classified High or Low fails the judgement and zeroes the score.
 * 2. The score comes from the metrics that could be judged (NoData left out).
 * 3. A score below marginalScore fails — the judged evidence already shows harm, even if some
 *    metrics lack data.
 * 4. Otherwise, if any metric is NoData the verdict is 'insufficient-data', never a pass. (Kayenta
 *    drops NoData metrics from the score and only fails when half of them have no data, so at low
 *    traffic a bad canary can pass on the one metric it has; that is the failure mode this refuses.)
 * 5. Otherwise pass at ≥ passScore, marginal at ≥ marginalScore.
 */
export function judgeCanary(metrics: readonly MetricInput[], options: JudgeOptions = {}): JudgeResult {
  const thresholds = {
    passScore: options.passScore ?? DEFAULT_JUDGE_OPTIONS.passScore,
    marginalScore: options.marginalScore ?? DEFAULT_JUDGE_OPTIONS.marginalScore,
    minDataPoints: options.minDataPoints ?? DEFAULT_JUDGE_OPTIONS.minDataPoints,
    confidenceLevel: options.confidenceLevel ?? DEFAULT_JUDGE_OPTIONS.confidenceLevel,
  };
  validate(metrics, thresholds);

  const results = metrics.map((metric) => classifyMetric(metric, metric.canary, metric.baseline, thresholds));
  const { score, groups } = scoreMetrics(results, options.groupWeights);
  const failed = results.filter((r) => r.classification === 'High' || r.classification === 'Low');
  const noData = results.filter((r) => r.classification === 'NoData');
  const judged = results.length - noData.length;
  const passed = judged - failed.length;
  const tally = `${passed} of ${judged} judged metrics passed`;
  const names = (list: readonly MetricResult[]) => list.map((r) => (r.classification === 'NoData' ? r.name : `${r.name} ${r.classification}`)).join(', ');

  const criticalFailures = failed.filter((r) => r.critical);
  if (criticalFailures.length > 0) {
    const reason = `Critical metric failed: ${names(criticalFailures)}. ${criticalFailures[0]!.reason}`;
    return { verdict: 'fail', score: 0, reason, metrics: results, groups, thresholds };
  }
  if (score < thresholds.marginalScore) {
    const reason = `Score ${score} < marginal ${thresholds.marginalScore}: ${tally} (failed: ${names(failed)}).`;
    return { verdict: 'fail', score, reason, metrics: results, groups, thresholds };
  }
  if (noData.length > 0) {
    const scored = judged > 0 ? `; the other ${tally}` : '';
    const reason = `Insufficient data: ${names(noData)} had fewer than ${thresholds.minDataPoints} values in canary or baseline${scored}.`;
    return { verdict: 'insufficient-data', score, reason, metrics: results, groups, thresholds };
  }
  if (Number.isNaN(score)) {
    // Every metric was judged, but the group weights give all of them weight 0.
    const reason = 'No score: the group weights give every judged group weight 0.';
    return { verdict: 'insufficient-data', score, reason, metrics: results, groups, thresholds };
  }
  const verdict = score >= thresholds.passScore ? 'pass' : 'marginal';
  const comparison = verdict === 'pass' ? `≥ pass ${thresholds.passScore}` : `< pass ${thresholds.passScore}, ≥ marginal ${thresholds.marginalScore}`;
  const reason = `Score ${score} ${comparison}: ${tally}${failed.length > 0 ? ` (failed: ${names(failed)})` : ''}.`;
  return { verdict, score, reason, metrics: results, groups, thresholds };
}

function validate(metrics: readonly MetricInput[], thresholds: JudgeResult['thresholds']): void {
  if (metrics.length === 0) throw new Error('The judge needs at least one metric to compare.');
  const seen = new Set<string>();
  for (const { name } of metrics) {
    if (seen.has(name)) throw new Error(`Metric names must be unique; "${name}" appears twice.`);
    seen.add(name);
  }
  const { passScore, marginalScore, minDataPoints, confidenceLevel } = thresholds;
  if (!(marginalScore >= 0 && marginalScore <= passScore && passScore <= 100)) {
    throw new RangeError(`Judge scores need 0 ≤ marginalScore ≤ passScore ≤ 100, got marginal ${marginalScore}, pass ${passScore}.`);
  }
  if (!Number.isInteger(minDataPoints) || minDataPoints < 1) throw new RangeError(`minDataPoints must be a whole number ≥ 1, got ${minDataPoints}.`);
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`confidenceLevel must be strictly between 0 and 1, got ${confidenceLevel}.`);
}
