// Traffic weights in percent of user requests: the stable version gets whatever the others do not.
import type { TrafficWeights } from './controller';

/** Weights with stable = 100 − canary − baseline; throws if that is impossible. */
export function trafficWeights(canary: number, baseline = 0, mirrorPercent = 0): TrafficWeights {
  const stable = 100 - canary - baseline;
  if (!(canary >= 0 && baseline >= 0 && stable >= 0)) {
    throw new RangeError(`Weights must be ≥ 0 and sum to 100, got canary ${canary}, baseline ${baseline}.`);
  }
  return { stable, canary, baseline, mirrorPercent };
}

export const ALL_STABLE: TrafficWeights = trafficWeights(0);
export const ALL_CANARY: TrafficWeights = trafficWeights(100);
