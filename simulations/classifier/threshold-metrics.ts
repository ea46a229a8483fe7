// Everything the view derives from held-out scores at the reader's threshold; pure, no TF.js.
import { confusionAt, expectedCost, prCurve, type Confusion } from '../core/spam-model/metrics';

export const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

export interface ThresholdView {
  confusion: Confusion;
  precisionRecall: { threshold: number; precision: number; recall: number }[];
  /** Expected cost per 1,000 messages at each threshold: lost legitimate × cost + missed spam × 1. */
  costCurve: { threshold: number; cost: number }[];
  cheapest: { threshold: number; cost: number };
}

export function thresholdView(scores: readonly number[], labels: readonly number[], threshold: number, costRatio: number): ThresholdView | undefined {
  if (scores.length === 0) return undefined;
  const costs = { falsePositive: costRatio, falseNegative: 1 };
  const costCurve = THRESHOLDS.map((t) => ({ threshold: t, cost: 1000 * expectedCost(confusionAt(scores, labels, t), costs) }));
  const cheapest = costCurve.reduce((best, point) => (point.cost < best.cost ? point : best));
  return { confusion: confusionAt(scores, labels, threshold), precisionRecall: prCurve(scores, labels, THRESHOLDS), costCurve, cheapest };
}
