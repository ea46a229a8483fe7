// The rollout strategies as plain settings, shared by the engine's controllers and the YAML exporters.

/** What a health check measures on one version over one analysis interval. */
export interface HealthCriteria {
  /** A check passes when the success rate (1 − error rate) is at or above this, e.g. 0.99. */
  readonly minSuccessRate: number;
  /** A check passes when p99 latency is at or below this many milliseconds, e.g. 500. */
  readonly maxP99Ms: number;
}

/**
 * Argo Rollouts: `setWeight` steps, each followed by a pause, while a background analysis run
 * takes one measurement every interval. A measurement is Successful when the success condition
 * holds, Failed when the failure condition holds, Inconclusive when neither does. The run fails
 * (the rollout aborts and traffic returns to stable at once) when failed measurements exceed
 * `failureLimit`; it is inconclusive (the rollout pauses for a human) when inconclusive ones
 * exceed `inconclusiveLimit`.
 */
export interface ArgoStrategy {
  readonly kind: 'argo';
  /** Canary weights in percent, rising, ending at 100: e.g. [20, 40, 60, 80, 100]. */
  readonly steps: readonly number[];
  /** How long each step holds its weight before the next `setWeight`, in seconds. */
  readonly pauseS: number;
  /** Seconds between analysis measurements (`interval` in an AnalysisTemplate metric). */
  readonly intervalS: number;
  /** Failed measurements tolerated; one more aborts the rollout (Argo's default is 0). */
  readonly failureLimit: number;
  /** Inconclusive measurements tolerated; one more pauses the rollout (Argo's default is 0). */
  readonly inconclusiveLimit: number;
  readonly criteria: HealthCriteria;
  /**
   * A measurement is Failed only when clearly bad: success rate below this, or p99 above
   * `criteria.maxP99Ms × failureLatencyFactor`. Between that and the success condition it is
   * Inconclusive.
   */
  readonly failureSuccessRate: number;
  readonly failureLatencyFactor: number;
}

/**
 * Flagger: every interval, run the metric checks; if they pass, add `stepWeight` up to
 * `maxWeight`, then promote. Each failed check counts; at `threshold` failed checks, roll back.
 * Promotion takes interval × maxWeight / stepWeight; rollback of a broken canary takes interval × threshold.
 */
export interface FlaggerStrategy {
  readonly kind: 'flagger';
  readonly intervalS: number;
  readonly stepWeight: number;
  readonly maxWeight: number;
  readonly threshold: number;
  readonly criteria: HealthCriteria;
}

/**
 * Kayenta-style judge: a fresh baseline (the stable version) and the canary are deployed at the
 * same time with the same small weight each; every interval a judge compares their metrics with
 * Mann–Whitney and scores 0–100. Pass at or above `passScore`, marginal at or above
 * `marginalScore` (hold the step), fail below (roll back).
 */
export interface KayentaStrategy {
  readonly kind: 'kayenta';
  /** Weight of the canary, and of the baseline, in percent, per step: e.g. [5, 10, 25, 50]. */
  readonly steps: readonly number[];
  readonly intervalS: number;
  /** Intervals each step is judged for before moving on. */
  readonly intervalsPerStep: number;
  readonly passScore: number;
  readonly marginalScore: number;
  /** Below this many data points per version and metric the judge says "not enough data". */
  readonly minDataPoints: number;
}

/** Shadow: stable serves every user; a copy of `mirrorPercent` of requests goes to the canary, whose answers are discarded. */
export interface ShadowStrategy {
  readonly kind: 'shadow';
  readonly mirrorPercent: number;
  readonly durationS: number;
  readonly intervalS: number;
  readonly criteria: HealthCriteria;
}

/** Blue-green: the new version is started beside the old, then all traffic switches at once; rollback is a switch back. */
export interface BlueGreenStrategy {
  readonly kind: 'blue-green';
  /** Seconds between health checks after the switch; failed checks count toward `threshold`. */
  readonly intervalS: number;
  /** Failed checks that switch all traffic back to the old version. */
  readonly threshold: number;
  /**
   * Seconds after the switch during which checks run and the old version is kept warm for an
   * instant switch back (Argo's `scaleDownDelaySeconds`); then the new version is final.
   */
  readonly durationS: number;
  readonly criteria: HealthCriteria;
}

export type Strategy = ArgoStrategy | FlaggerStrategy | KayentaStrategy | ShadowStrategy | BlueGreenStrategy;
export type StrategyKind = Strategy['kind'];

export const DEFAULT_CRITERIA: HealthCriteria = { minSuccessRate: 0.99, maxP99Ms: 500 };

export const DEFAULT_STRATEGIES: { readonly [Kind in StrategyKind]: Extract<Strategy, { kind: Kind }> } = {
  argo: { kind: 'argo', steps: [20, 40, 60, 80, 100], pauseS: 120, intervalS: 60, failureLimit: 1, inconclusiveLimit: 1, criteria: DEFAULT_CRITERIA, failureSuccessRate: 0.95, failureLatencyFactor: 2 },
  flagger: { kind: 'flagger', intervalS: 60, stepWeight: 10, maxWeight: 50, threshold: 2, criteria: DEFAULT_CRITERIA },
  kayenta: { kind: 'kayenta', steps: [5, 10, 25, 50], intervalS: 60, intervalsPerStep: 2, passScore: 95, marginalScore: 75, minDataPoints: 50 },
  shadow: { kind: 'shadow', mirrorPercent: 100, durationS: 600, intervalS: 60, criteria: DEFAULT_CRITERIA },
  'blue-green': { kind: 'blue-green', intervalS: 60, threshold: 2, durationS: 600, criteria: DEFAULT_CRITERIA },
};
