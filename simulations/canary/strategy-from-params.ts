// The reader's settings as a rollout strategy for the controllers and the YAML exporters.
import type { CanaryParams } from './params';
import type { HealthCriteria, Strategy } from './strategies/config';

/** Rising weights from `step` by `step`, the last one exactly `last`: 20, 100 → [20, 40, 60, 80, 100]. */
export function weightSteps(step: number, last: number): number[] {
  const steps: number[] = [];
  for (let weight = step; weight < last; weight += step) steps.push(weight);
  steps.push(last);
  return steps;
}

/** Argo analysis: a measurement is Failed only when clearly bad (success below 95 %, or p99 above twice the limit); between that and the success condition it is Inconclusive. */
export const ARGO_FAILURE_SUCCESS_RATE = 0.95;
export const ARGO_FAILURE_LATENCY_FACTOR = 2;
/** Kayenta judges each step for this many intervals before moving on. */
export const KAYENTA_INTERVALS_PER_STEP = 2;
/** Shadow and blue-green watch the new version for this many intervals. */
export const WATCH_INTERVALS = 10;

export function strategyFromParams(p: CanaryParams): Strategy {
  const criteria: HealthCriteria = { minSuccessRate: p.minSuccessRate, maxP99Ms: p.maxP99 };
  const intervalS = p.interval;
  switch (p.strategy) {
    case 'argo':
      return {
        kind: 'argo',
        steps: weightSteps(p.stepWeight, 100),
        pauseS: Math.round(p.pause * 60),
        intervalS,
        failureLimit: p.failureLimit,
        inconclusiveLimit: 1,
        criteria,
        failureSuccessRate: Math.min(ARGO_FAILURE_SUCCESS_RATE, p.minSuccessRate),
        failureLatencyFactor: ARGO_FAILURE_LATENCY_FACTOR,
      };
    case 'flagger':
      return { kind: 'flagger', intervalS, stepWeight: Math.min(p.stepWeight, p.maxWeight), maxWeight: p.maxWeight, threshold: p.threshold, criteria };
    case 'kayenta': {
      // Canary and baseline get the same weight, so together they can take at most all traffic.
      const last = Math.min(p.maxWeight, 50);
      return { kind: 'kayenta', steps: weightSteps(Math.min(p.stepWeight, last), last), intervalS, intervalsPerStep: KAYENTA_INTERVALS_PER_STEP, passScore: p.passScore, marginalScore: Math.min(p.marginalScore, p.passScore), minDataPoints: p.minDataPoints };
    }
    case 'shadow':
      return { kind: 'shadow', mirrorPercent: 100, durationS: intervalS * WATCH_INTERVALS, intervalS, criteria };
    case 'blue-green':
      return { kind: 'blue-green', intervalS, threshold: p.threshold, durationS: intervalS * WATCH_INTERVALS, criteria };
  }
}
