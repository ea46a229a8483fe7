// DDM, the Drift Detection Method (Gama et al., SBIA 2004): warn and alarm when the error rate climbs above its best.
import { DETECTOR_DEFAULTS, requireInRange, requireInteger, type DetectorState, type StreamDetector } from './detector';

/** DDM settings; every field defaults to `DETECTOR_DEFAULTS.ddm.options`. */
export interface DdmOptions {
  /** Items seen before the minimum is tracked and any warning or drift can fire. */
  readonly warmStart?: number;
  /** Warn when p + s exceeds p_min + warningThreshold · s_min. */
  readonly warningThreshold?: number;
  /** Drift when p + s exceeds p_min + driftThreshold · s_min. */
  readonly driftThreshold?: number;
}

/** DDM as a detector, with its statistics open to inspection. */
export interface DdmDetector extends StreamDetector {
  /** Items seen since creation, the last `reset` or the last drift. */
  readonly count: number;
  /** p: the error rate over those items. */
  readonly errorRate: number;
  /** s = sqrt(p(1 − p)/n): the standard deviation of p under a binomial model. */
  readonly errorStd: number;
  /** p at the item where p + s was lowest after the warm start (Infinity until then). */
  readonly minErrorRate: number;
  /** s at that same item (Infinity until then). */
  readonly minErrorStd: number;
}

/**
 * Creates a DDM detector for a stream of 0/1 errors (1 = the model was wrong), following River's
 * `drift.binary.DDM`. After item n it has p = errors / n and s = sqrt(p(1 − p)/n). Once n exceeds
 * `warmStart` it remembers (p_min, s_min) where p + s was lowest, then reports
 *
 *   'drift'    if p + s > p_min + driftThreshold · s_min    (3σ by default)
 *   'warning'  if p + s > p_min + warningThreshold · s_min  (2σ by default)
 *
 * The paper writes ≥; we compare strictly, as River and MOA do, because while the stream has had
 * no errors p_min = s_min = 0 and ≥ would call a perfect run a drift. A drift clears everything and
 * the next item starts a new warm start, as River does.
 */
export function createDdm(options: DdmOptions = {}): DdmDetector {
  const { warmStart, warningThreshold, driftThreshold } = { ...DETECTOR_DEFAULTS.ddm.options, ...options };
  requireInteger('DDM warmStart', warmStart, 0);
  requireInRange('DDM warningThreshold', warningThreshold, 0, Number.MAX_VALUE);
  requireInRange('DDM driftThreshold', driftThreshold, warningThreshold, Number.MAX_VALUE);

  let count = 0;
  let errors = 0;
  let minErrorRate = Number.POSITIVE_INFINITY;
  let minErrorStd = Number.POSITIVE_INFINITY;
  let state: DetectorState = 'stable';

  const clear = () => {
    count = 0;
    errors = 0;
    minErrorRate = Number.POSITIVE_INFINITY;
    minErrorStd = Number.POSITIVE_INFINITY;
  };
  const errorRate = () => (count === 0 ? 0 : errors / count);
  const errorStd = () => (count === 0 ? 0 : Math.sqrt((errorRate() * (1 - errorRate())) / count));

  return {
    update(x) {
      if (x !== 0 && x !== 1) throw new RangeError(`DDM reads 0/1 errors, got ${x}.`);
      if (state === 'drift') clear();
      count += 1;
      errors += x;
      if (count <= warmStart) {
        state = 'stable';
        return state;
      }
      const p = errorRate();
      const s = errorStd();
      if (p + s <= minErrorRate + minErrorStd) {
        minErrorRate = p;
        minErrorStd = s;
      }
      if (p + s > minErrorRate + driftThreshold * minErrorStd) state = 'drift';
      else if (p + s > minErrorRate + warningThreshold * minErrorStd) state = 'warning';
      else state = 'stable';
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
    get errorRate() {
      return errorRate();
    },
    get errorStd() {
      return errorStd();
    },
    get minErrorRate() {
      return minErrorRate;
    },
    get minErrorStd() {
      return minErrorStd;
    },
  };
}
