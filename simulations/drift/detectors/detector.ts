// The shared shape and default settings of the streaming drift detectors that watch a model's error stream.

/** What a detector concluded after its latest update. ADWIN and Page-Hinkley never warn. */
export type DetectorState = 'stable' | 'warning' | 'drift';

/**
 * A change detector fed one number per message (for an error stream: 1 = wrong, 0 = right).
 * Updates are O(1) amortised (ADWIN: O(log width) on its 1-in-`clock` checks), allocate nothing,
 * and depend only on the inputs, so the same stream always gives the same detections.
 */
export interface StreamDetector {
  /** Feeds one value and returns the resulting state (also kept in `state`). */
  update(x: number): DetectorState;
  /** Forgets everything seen so far, as if newly created with the same options. */
  reset(): void;
  /** The state returned by the latest `update`; 'stable' before the first one. */
  readonly state: DetectorState;
}

/** The detectors a reader can pick in the drift simulation. */
export type DetectorKind = keyof typeof DETECTOR_DEFAULTS;

/**
 * Industry defaults for each detector and where each number comes from. River's values are
 * those of its `drift` module (documented at https://riverml.xyz/0.21.2/api/drift/), which in
 * turn follow MOA and the original papers.
 */
export const DETECTOR_DEFAULTS = {
  adwin: {
    options: { delta: 0.002, clock: 32, maxBuckets: 5, minWindowLength: 5, gracePeriod: 10 },
    source:
      'Bifet & Gavaldà, "Learning from Time-Changing Data with Adaptive Windowing", SDM 2007 (ADWIN2, δ = 0.002); ' +
      'clock 32, 5 buckets per row, minimum sub-window 5 and grace period 10 as in River drift.ADWIN and MOA.',
  },
  pageHinkley: {
    options: { minInstances: 30, delta: 0.005, threshold: 50, alpha: 1 - 1e-4, mode: 'up' },
    source:
      'Page, "Continuous Inspection Schemes", Biometrika 1954; min_instances 30, δ = 0.005, λ = 50 and ' +
      'α = 1 − 1e-4 as in River drift.PageHinkley. River\'s default mode is "both"; an error stream only ' +
      'alarms when errors rise, so ours is "up".',
  },
  ddm: {
    options: { warmStart: 30, warningThreshold: 2, driftThreshold: 3 },
    source:
      'Gama, Medas, Castillo & Rodrigues, "Learning with Drift Detection", SBIA 2004 (warn at 2σ, drift at 3σ); ' +
      'warm start 30 as in River drift.binary.DDM.',
  },
} as const;

/** Throws unless `value` is a finite number in the open or closed interval described. */
export function requireInRange(name: string, value: number, min: number, max: number, inclusive = true): void {
  const inside = inclusive ? value >= min && value <= max : value > min && value < max;
  if (!Number.isFinite(value) || !inside) {
    const interval = inclusive ? `[${min}, ${max}]` : `(${min}, ${max})`;
    throw new RangeError(`${name} must be a finite number in ${interval}, got ${value}.`);
  }
}

/** Throws unless `value` is an integer ≥ `min`. */
export function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}.`);
}
