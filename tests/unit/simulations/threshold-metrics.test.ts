// The worker's threshold sweep agrees with counting at each threshold directly.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../simulations/core/rng';
import { confusionAt } from '../../../simulations/core/spam-model/metrics';
import { sweepThresholds, THRESHOLDS, thresholdView } from '../../../simulations/classifier/threshold-metrics';

const rng = createRng(5);
const labels = Array.from({ length: 500 }, () => (rng.bernoulli(0.3) ? 1 : 0));
const scores = labels.map((y) => Math.min(1, Math.max(0, (y ? 0.7 : 0.3) + rng.normal(0, 0.2))));
scores[0] = 0.5; // exactly on a threshold: flagged at 0.5

describe('threshold sweep', () => {
  it('matches confusionAt at every threshold, ties included', () => {
    const sweep = sweepThresholds(scores, labels);
    THRESHOLDS.forEach((t, i) => expect(sweep[i]).toEqual(confusionAt(scores, labels, t)));
  });

  it('finds the cheapest threshold and counts off-grid thresholds exactly', () => {
    const sweep = sweepThresholds(scores, labels);
    const view = thresholdView(sweep, scores, labels, 0.505, 20)!;
    expect(view.confusion).toEqual(confusionAt(scores, labels, 0.505));
    expect(view.cheapest.cost).toBe(Math.min(...view.costCurve.map((c) => c.cost)));
    expect(view.cheapest.threshold).toBeGreaterThan(0.5);
    expect(thresholdView([], scores, labels, 0.5, 20)).toBeUndefined();
  });
});
