// Kayenta's weighted-sum scorer: the share of judged metrics that passed, per group, weighted into one 0–100 score.
import type { MetricResult } from './metric-classifier';

export interface GroupScore {
  readonly group: string;
  /** 100 × passed / judged in this group; NaN when none of its metrics could be judged. */
  readonly score: number;
  readonly passed: number;
  /** Metrics classified Pass, High or Low (NoData is not judged). */
  readonly judged: number;
  /** Share of the summary score, in percent of the groups that were judged (0 for unjudged groups). */
  readonly weight: number;
}

export interface ScoreSummary {
  /** 0–100, rounded to 2 decimals like Kayenta; NaN when no metric could be judged. */
  readonly score: number;
  readonly groups: readonly GroupScore[];
}

/**
 * Without `groupWeights` every judged metric counts the same: score = 100 × passed / judged.
 * With them, Kayenta's WeightedSumScorer: each group scores 100 × passed / judged; weights are in
 * percent, and groups without a listed weight share what is left of 100 equally. One deviation:
 * Kayenta counts a group with no data as a perfect 100 (so missing data raises the score); we
 * leave such groups out and rescale the remaining weights to 100.
 */
export function scoreMetrics(results: readonly MetricResult[], groupWeights?: Readonly<Record<string, number>>): ScoreSummary {
  const groups = new Map<string, { passed: number; judged: number }>();
  for (const result of results) {
    const tally = groups.get(result.group) ?? { passed: 0, judged: 0 };
    if (result.classification !== 'NoData') tally.judged += 1;
    if (result.classification === 'Pass') tally.passed += 1;
    groups.set(result.group, tally);
  }
  const rawWeights = groupWeights ? weightsFromConfig([...groups.keys()], groupWeights) : new Map([...groups].map(([group, tally]) => [group, tally.judged]));

  let totalWeight = 0;
  for (const [group, tally] of groups) if (tally.judged > 0) totalWeight += rawWeights.get(group)!;
  let summary = 0;
  const groupScores: GroupScore[] = [];
  for (const [group, { passed, judged }] of groups) {
    const score = judged > 0 ? (100 * passed) / judged : Number.NaN;
    const weight = judged > 0 && totalWeight > 0 ? (100 * rawWeights.get(group)!) / totalWeight : 0;
    if (weight > 0) summary += (score * weight) / 100;
    groupScores.push({ group, score, passed, judged, weight });
  }
  return { score: totalWeight > 0 ? Math.round(summary * 100) / 100 : Number.NaN, groups: groupScores };
}

function weightsFromConfig(groups: readonly string[], groupWeights: Readonly<Record<string, number>>): Map<string, number> {
  let listedTotal = 0;
  for (const [group, weight] of Object.entries(groupWeights)) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`Group weight for "${group}" must be a finite number ≥ 0, got ${weight}.`);
    listedTotal += weight;
  }
  const unlisted = groups.filter((group) => !Object.hasOwn(groupWeights, group));
  const leftover = unlisted.length > 0 ? Math.max(0, 100 - listedTotal) / unlisted.length : 0;
  return new Map(groups.map((group) => [group, Object.hasOwn(groupWeights, group) ? groupWeights[group]! : leftover]));
}
