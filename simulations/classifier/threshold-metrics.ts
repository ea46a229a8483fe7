// Threshold sweeps: confusion counts at every threshold (computed in the worker) and what the view derives from them.
import { confusionAt, expectedCost, precision, recall, type Confusion } from '../core/spam-model/metrics';

/** 0.01, 0.02, …, 0.99: the thresholds the charts sweep and the slider steps through. */
export const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Confusion counts at every threshold in THRESHOLDS, in one sorted pass (runs in the worker). */
export function sweepThresholds(scores: readonly number[], labels: readonly number[]): Confusion[] {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? -Infinity) - (scores[a] ?? -Infinity));
  const positives = labels.reduce((sum, y) => sum + y, 0);
  const negatives = labels.length - positives;
  let tp = 0;
  let fp = 0;
  let next = 0;
  // Walk thresholds from high to low, flagging every message scored at or above each one.
  return [...THRESHOLDS].reverse().map((t) => {
    while (next < order.length && (scores[order[next]!] ?? -Infinity) >= t) {
      if (labels[order[next]!] === 1) tp += 1;
      else fp += 1;
      next += 1;
    }
    return { tp, fp, tn: negatives - fp, fn: positives - tp };
  }).reverse();
}

export interface ThresholdView {
  confusion: Confusion;
  precisionRecall: { threshold: number; precision: number; recall: number }[];
  /** Expected cost per 1,000 messages at each threshold: lost legitimate × cost + missed spam × 1. */
  costCurve: { threshold: number; cost: number }[];
  cheapest: { threshold: number; cost: number };
}

/** What the charts show at the reader's threshold and cost; cheap (99 points), so it runs on every change. */
export function thresholdView(sweep: readonly Confusion[], scores: readonly number[], labels: readonly number[], threshold: number, costRatio: number): ThresholdView | undefined {
  if (sweep.length !== THRESHOLDS.length) return undefined;
  const costs = { falsePositive: costRatio, falseNegative: 1 };
  const costCurve = sweep.map((c, i) => ({ threshold: THRESHOLDS[i]!, cost: 1000 * expectedCost(c, costs) }));
  const cheapest = costCurve.reduce((best, point) => (point.cost < best.cost ? point : best));
  // A threshold from the URL may fall between slider steps; then count it exactly.
  const step = Math.round(threshold * 100);
  const onGrid = Math.abs(threshold * 100 - step) < 1e-9 ? sweep[step - 1] : undefined;
  const confusion = onGrid ?? confusionAt(scores, labels, threshold);
  const precisionRecall = sweep.map((c, i) => ({ threshold: THRESHOLDS[i]!, precision: precision(c), recall: recall(c) }));
  return { confusion, precisionRecall, costCurve, cheapest };
}
