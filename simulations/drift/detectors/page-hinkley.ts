// Page-Hinkley test (Page, 1954) as River runs it: a faded cumulative sum of deviations from the running mean.
import { DETECTOR_DEFAULTS, requireInRange, requireInteger, type DetectorState, type StreamDetector } from './detector';

/** Which direction of change raises an alarm. */
export type PageHinkleyMode = 'up' | 'down' | 'both';

/** Page-Hinkley settings; every field defaults to `DETECTOR_DEFAULTS.pageHinkley.options`. */
export interface PageHinkleyOptions {
  /** No alarm before this many values have been seen (since creation or the last drift). */
  readonly minInstances?: number;
  /** δ: the deviation tolerated per value before it counts as evidence of change. */
  readonly delta?: number;
  /** λ: alarm when the statistic exceeds this. */
  readonly threshold?: number;
  /** α in (0, 1]: how much of the previous cumulative sum survives each step (1 = no fading). */
  readonly alpha?: number;
  /** 'up' alarms when the mean rises (errors increasing), 'down' when it falls, 'both' on either. */
  readonly mode?: PageHinkleyMode;
}

/** Page-Hinkley as a detector, with its statistics open to inspection (e.g. to plot against λ). */
export interface PageHinkleyDetector extends StreamDetector {
  /** Values seen since creation, the last `reset` or the last drift. */
  readonly count: number;
  /** Running mean x̄ of those values. */
  readonly mean: number;
  /** The increase statistic m_T − min m_t; 'up' alarms when it exceeds λ. */
  readonly increase: number;
  /** The decrease statistic max m'_t − m'_T; 'down' alarms when it exceeds λ. */
  readonly decrease: number;
}

/**
 * Creates a Page-Hinkley detector that follows River's `drift.PageHinkley`. For each value x_T:
 *
 *   x̄_T = x̄_{T−1} + (x_T − x̄_{T−1}) / T               plain running mean, not faded
 *   m_T  = α · m_{T−1} + (x_T − x̄_T − δ)                cumulative sum for an increase
 *   m'_T = α · m'_{T−1} + (x_T − x̄_T + δ)               cumulative sum for a decrease
 *   drift when T ≥ minInstances and m_T − min_t m_t > λ   (up), or max_t m'_t − m'_T > λ (down)
 *
 * α is the forgetting factor. It fades the cumulative sums, not the mean: evidence from k steps
 * ago counts α^k (half-life ≈ 6,931 values at α = 1 − 1e-4), so on a stable stream m_T settles
 * near −δ/(1 − α) instead of drifting down forever. With α = 1 this is Page's test exactly.
 * After a drift the next update starts afresh, as River does.
 */
export function createPageHinkley(options: PageHinkleyOptions = {}): PageHinkleyDetector {
  const { minInstances, delta, threshold, alpha, mode } = { ...DETECTOR_DEFAULTS.pageHinkley.options, ...options };
  requireInteger('Page-Hinkley minInstances', minInstances, 1);
  requireInRange('Page-Hinkley delta', delta, 0, Number.MAX_VALUE);
  requireInRange('Page-Hinkley threshold', threshold, 0, Number.MAX_VALUE);
  requireInRange('Page-Hinkley alpha', alpha, 0, 1);
  if (mode !== 'up' && mode !== 'down' && mode !== 'both') throw new RangeError(`Page-Hinkley mode must be up, down or both, got ${String(mode)}.`);
  const watchUp = mode !== 'down';
  const watchDown = mode !== 'up';

  let count = 0;
  let mean = 0;
  let sumUp = 0;
  let minSumUp = Number.POSITIVE_INFINITY;
  let sumDown = 0;
  let maxSumDown = Number.NEGATIVE_INFINITY;
  let state: DetectorState = 'stable';

  const clear = () => {
    count = 0;
    mean = 0;
    sumUp = 0;
    minSumUp = Number.POSITIVE_INFINITY;
    sumDown = 0;
    maxSumDown = Number.NEGATIVE_INFINITY;
  };

  return {
    update(x) {
      if (!Number.isFinite(x)) throw new RangeError(`Page-Hinkley needs finite values, got ${x}.`);
      if (state === 'drift') clear();
      count += 1;
      mean += (x - mean) / count;
      const deviation = x - mean;
      sumUp = alpha * sumUp + deviation - delta;
      sumDown = alpha * sumDown + deviation + delta;
      if (sumUp < minSumUp) minSumUp = sumUp;
      if (sumDown > maxSumDown) maxSumDown = sumDown;
      const rose = watchUp && sumUp - minSumUp > threshold;
      const fell = watchDown && maxSumDown - sumDown > threshold;
      state = count >= minInstances && (rose || fell) ? 'drift' : 'stable';
      return state;
    },
    reset() {
      clear();
      state = 'stable';
    },
    get state() {
      return state;
    },
    get count() {
      return count;
    },
    get mean() {
      return mean;
    },
    get increase() {
      return count === 0 ? 0 : sumUp - minSumUp;
    },
    get decrease() {
      return count === 0 ? 0 : maxSumDown - sumDown;
    },
  };
}
