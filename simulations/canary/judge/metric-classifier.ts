// One metric's Kayenta-style classification: Mann–Whitney on canary vs baseline, then Pass, High, Low or NoData.
import { mannWhitneyU } from '../stats/mann-whitney';
import { quantileOfSorted } from '../stats/quantile';
import { sortedCopy, type Sample } from '../../core/stats/sample';
import { formatP, formatValue } from './reason-format';

/** Which change is bad: 'increase' for latency and errors, 'decrease' for e.g. spam caught, 'either' when any change is. */
export type MetricDirection = 'increase' | 'decrease' | 'either';
/** Kayenta's labels. High/Low only in the bad direction; NoData when a version has too few points to judge. */
export type MetricClassification = 'Pass' | 'High' | 'Low' | 'NoData';

/** How one metric is judged (Kayenta's per-metric `analysisConfigurations.canary`). */
export interface MetricSpec {
  /** Shown in the report, e.g. 'latency', 'error', 'spam-caught'. Unique within one judgement. */
  readonly name: string;
  readonly direction: MetricDirection;
  /** A High/Low on a critical metric fails the whole judgement, whatever the score. */
  readonly critical?: boolean;
  /** Metrics are scored per group when the judge is given group weights. Default 'default'. */
  readonly group?: string;
  /**
   * Kayenta's effectSizeThresholds with the meanRatio measure: a significant rise is High only if
   * mean(canary) / mean(baseline) ≥ `high`, a significant fall Low only if it is ≤ `low`. Kayenta's
   * default { low: 1, high: 1 } asks only for significance, so with 30,000 requests a 1 % change
   * fails; e.g. { low: 0.9, high: 1.1 } tolerates ±10 %. When either mean is 0 the ratio is
   * undefined and, as in Kayenta, only significance counts (so 0 → 3 errors can still be High).
   */
  readonly meanRatioThresholds?: { readonly low: number; readonly high: number };
}

/** Count, mean and median of one version's values (Kayenta's DescriptiveStatistics, trimmed). */
export interface VersionSummary {
  readonly count: number;
  /** null when there are no values. */
  readonly mean: number | null;
  readonly median: number | null;
}

export interface MetricResult {
  readonly name: string;
  readonly direction: MetricDirection;
  readonly critical: boolean;
  readonly group: string;
  readonly classification: MetricClassification;
  /** Any significant change beyond the mean-ratio thresholds, good or bad; 'none' for NoData. */
  readonly change: 'higher' | 'lower' | 'none';
  /** Two-sided Mann–Whitney p-value; null for NoData. */
  readonly pValue: number | null;
  /** mean(canary) / mean(baseline); null when undefined (a mean of 0, or NoData). */
  readonly meanRatio: number | null;
  readonly canary: VersionSummary;
  readonly baseline: VersionSummary;
  /** One sentence for the report. */
  readonly reason: string;
}

export interface ClassifierOptions {
  /** Fewer values than this in either version ⇒ NoData. */
  readonly minDataPoints: number;
  /** A change counts when the two-sided p-value is below 1 − confidenceLevel (Kayenta's NetflixACAJudge uses 0.98). */
  readonly confidenceLevel: number;
}

const DEFAULT_GROUP = 'default';
const NO_THRESHOLDS = { low: 1, high: 1 } as const;

/**
 * Classifies one metric like Kayenta's MannWhitneyClassifier, with one substitution: Kayenta
 * decides "significant" by a confidence interval for the Hodges–Lehmann shift (median of all
 * pairwise differences) lying beyond ±25 % of that estimate; we use the Mann–Whitney p-value at the
 * same confidence level. For per-request 0/1 error flags nearly every pairwise difference is 0, so
 * the Hodges–Lehmann shift and its interval are 0 and no error spike could ever be High, while
 * the rank test sees it at once; for continuous latencies the two agree closely, and the p-value
 * needs only a sort (the exact shift needs a selection over m·n differences).
 */
export function classifyMetric(spec: MetricSpec, canary: Sample, baseline: Sample, options: ClassifierOptions): MetricResult {
  const base = { name: spec.name, direction: spec.direction, critical: spec.critical ?? false, group: spec.group ?? DEFAULT_GROUP };
  const canarySummary = summarize(canary);
  const baselineSummary = summarize(baseline);
  const summaries = { canary: canarySummary, baseline: baselineSummary };

  if (canary.length < options.minDataPoints || baseline.length < options.minDataPoints) {
    const reason = `Only ${canary.length} canary and ${baseline.length} baseline values; at least ${options.minDataPoints} of each are needed to judge.`;
    return { ...base, ...summaries, classification: 'NoData', change: 'none', pValue: null, meanRatio: null, reason };
  }

  const test = mannWhitneyU(canary, baseline);
  const meanRatio = canarySummary.mean && baselineSummary.mean ? canarySummary.mean / baselineSummary.mean : null;
  const { low, high } = spec.meanRatioThresholds ?? NO_THRESHOLDS;
  const significant = test.pValue < 1 - options.confidenceLevel;
  const halfOfPairs = (canary.length * baseline.length) / 2;
  let change: MetricResult['change'] = 'none';
  if (significant && test.statistic > halfOfPairs && (meanRatio === null || meanRatio >= high)) change = 'higher';
  if (significant && test.statistic < halfOfPairs && (meanRatio === null || meanRatio <= low)) change = 'lower';

  const bad = (change === 'higher' && spec.direction !== 'decrease') || (change === 'lower' && spec.direction !== 'increase');
  const classification: MetricClassification = !bad ? 'Pass' : change === 'higher' ? 'High' : 'Low';
  const evidence = `${formatP(test.pValue)}, mean ratio ${meanRatio === null ? 'n/a' : formatValue(meanRatio)}`;
  const medians = `median ${formatValue(canarySummary.median!)} vs ${formatValue(baselineSummary.median!)}`;
  let reason: string;
  if (bad) reason = `Canary is significantly ${change} than baseline (${evidence}; ${medians}).`;
  else if (change !== 'none') reason = `Canary is significantly ${change} (${evidence}), which is fine: only ${spec.direction === 'increase' ? 'an increase' : 'a decrease'} is bad.`;
  else if (significant) reason = `Significant difference (${evidence}), but the mean ratio does not confirm it (High needs ≥ ${formatValue(high)}, Low ≤ ${formatValue(low)}).`;
  else reason = `No significant difference (${evidence}).`;
  return { ...base, ...summaries, classification, change, pValue: test.pValue, meanRatio, reason };
}

function summarize(values: Sample): VersionSummary {
  if (values.length === 0) return { count: 0, mean: null, median: null };
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return { count: values.length, mean: sum / values.length, median: quantileOfSorted(sortedCopy(values), 0.5) };
}
