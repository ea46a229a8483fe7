// Spam-model metrics against hand-computed values, the documented empty-case conventions, and PR/cost properties.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../simulations/core/rng';
import {
  accuracy,
  confusionAt,
  costMinimisingThreshold,
  expectedCost,
  f1,
  logLoss,
  prCurve,
  precision,
  recall,
  type Confusion,
} from '../../../simulations/core/spam-model/metrics';

// Six messages, worked by hand at threshold 0.5:
// 0.9 spam → TP, 0.8 ham → FP, 0.6 spam → TP, 0.4 spam → FN, 0.3 ham → TN, 0.1 ham → TN.
const probs = [0.9, 0.8, 0.6, 0.4, 0.3, 0.1];
const labels = [1, 0, 1, 1, 0, 0];

/** Calibrated synthetic scores: each message is spam with exactly its predicted probability. */
function calibrated(seed: number, n: number) {
  const rng = createRng(seed);
  const p = Array.from({ length: n }, () => rng.next());
  return { p, y: p.map((pi) => (rng.bernoulli(pi) ? 1 : 0)) };
}

describe('confusion counts', () => {
  it('match the hand-worked example and its rates', () => {
    const c = confusionAt(probs, labels, 0.5);
    expect(c).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    expect(precision(c)).toBeCloseTo(2 / 3, 12);
    expect(recall(c)).toBeCloseTo(2 / 3, 12);
    expect(accuracy(c)).toBeCloseTo(4 / 6, 12);
    expect(f1(c)).toBeCloseTo(2 / 3, 12);
  });

  it('flag a message whose probability equals the threshold, and never a NaN one', () => {
    expect(confusionAt([0.5, 0.5], [1, 0], 0.5)).toEqual({ tp: 1, fp: 1, tn: 0, fn: 0 });
    expect(confusionAt([NaN, NaN], [1, 0], 0)).toEqual({ tp: 0, fp: 0, tn: 1, fn: 1 });
  });

  it('move with the threshold', () => {
    expect(confusionAt(probs, labels, 0.95)).toEqual({ tp: 0, fp: 0, tn: 3, fn: 3 });
    expect(confusionAt(probs, labels, 0.35)).toEqual({ tp: 3, fp: 1, tn: 2, fn: 0 });
    expect(confusionAt(probs, labels, 0)).toEqual({ tp: 3, fp: 3, tn: 0, fn: 0 });
  });

  it('reject labels that are not 0 or 1 and mismatched lengths', () => {
    expect(() => confusionAt([0.2], [0.7])).toThrow(/labels must be 0 \(ham\) or 1 \(spam\)/);
    expect(() => confusionAt([0.2, 0.3], [1])).toThrow(/2 probabilities for 1 labels/);
  });
});

describe('empty-case conventions (documented in metrics.ts)', () => {
  const none: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };

  it('precision is 1 when nothing is flagged: no false alarms were raised', () => {
    const c = { tp: 0, fp: 0, tn: 5, fn: 3 };
    expect(precision(c)).toBe(1);
    expect(recall(c)).toBe(0);
    expect(f1(c)).toBe(0);
  });

  it('recall is 1 when there is no spam: nothing to miss', () => {
    expect(recall({ tp: 0, fp: 2, tn: 5, fn: 0 })).toBe(1);
    expect(precision({ tp: 0, fp: 2, tn: 5, fn: 0 })).toBe(0);
    expect(f1({ tp: 0, fp: 2, tn: 5, fn: 0 })).toBe(0);
  });

  it('F1 is 1 with neither spam nor flags; rates of zero messages are NaN', () => {
    expect(f1({ tp: 0, fp: 0, tn: 4, fn: 0 })).toBe(1);
    expect(accuracy(none)).toBeNaN();
    expect(expectedCost(none, { falsePositive: 1, falseNegative: 1 })).toBeNaN();
    expect(logLoss([], [])).toBeNaN();
  });
});

describe('log loss', () => {
  it('matches the hand-computed mean cross-entropy', () => {
    const expected = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.6) + Math.log(0.4) + Math.log(0.7) + Math.log(0.9)) / 6;
    expect(logLoss(probs, labels)).toBeCloseTo(expected, 12);
  });

  it('clips, so a certain mistake costs −ln ε rather than Infinity', () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-7), 9);
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-7), 6);
    expect(logLoss([1, 0], [1, 0])).toBeCloseTo(1e-7, 9);
    expect(logLoss([0], [1], 1e-3)).toBeCloseTo(-Math.log(1e-3), 12);
  });
});

describe('PR curve', () => {
  it('has one point per distinct probability, highest threshold first', () => {
    const points = prCurve(probs, labels);
    expect(points.map((p) => p.threshold)).toEqual(probs);
    expect(points.map((p) => p.recall)).toEqual([1 / 3, 1 / 3, 2 / 3, 1, 1, 1]);
    expect(points.map((p) => p.precision)).toEqual([1, 1 / 2, 2 / 3, 3 / 4, 3 / 5, 3 / 6]);
  });

  it('groups tied scores into one point', () => {
    expect(prCurve([0.7, 0.7, 0.2], [1, 0, 1])).toEqual([
      { threshold: 0.7, precision: 0.5, recall: 0.5 },
      { threshold: 0.2, precision: 2 / 3, recall: 1 },
    ]);
  });

  it('agrees with confusionAt at given thresholds, and recall never decreases along it', () => {
    const { p, y } = calibrated(11, 2_000);
    const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
    const points = prCurve(p, y, thresholds);
    expect(points.map((pt) => pt.threshold)).toEqual([...thresholds].reverse());
    for (const point of points) {
      const c = confusionAt(p, y, point.threshold);
      expect(point.precision).toBe(precision(c));
      expect(point.recall).toBe(recall(c));
    }
    points.slice(1).forEach((point, i) => expect(point.recall).toBeGreaterThanOrEqual((points[i] as { recall: number }).recall));
    expect(points.at(-1)?.recall).toBe(1); // threshold 0 flags everything
    expect(points[0]?.precision).toBeGreaterThan(0.9); // threshold 1: nothing or only sure spam flagged
  });
});

describe('cost', () => {
  it('is the mean price of mistakes per message', () => {
    const c = confusionAt(probs, labels, 0.5); // 1 FP, 1 FN over 6 messages
    expect(expectedCost(c, { falsePositive: 10, falseNegative: 1 })).toBeCloseTo(11 / 6, 12);
    expect(expectedCost({ tp: 5, fp: 0, tn: 5, fn: 0 }, { falsePositive: 10, falseNegative: 1 })).toBe(0);
  });

  it('is lowest near the threshold cost(FP)/(cost(FP)+cost(FN)) on calibrated scores', () => {
    // Losing a real email costs 10× a spam in the inbox, so flag only when P(spam) ≥ 10/11.
    const costs = { falsePositive: 10, falseNegative: 1 };
    const best = costMinimisingThreshold(costs);
    expect(best).toBeCloseTo(10 / 11, 12);
    const { p, y } = calibrated(5, 20_000);
    const costAt = (t: number) => expectedCost(confusionAt(p, y, t), costs);
    for (const other of [0.5, 0.7, 0.99]) expect(costAt(best)).toBeLessThan(costAt(other));
  });
});
