// ADWIN, Page-Hinkley and DDM side by side on the model's 0/1 error stream, fed a batch at a time as labels arrive.
import { createAdwin } from './detectors/adwin';
import { createDdm } from './detectors/ddm';
import type { DetectorState, StreamDetector } from './detectors/detector';
import { createPageHinkley } from './detectors/page-hinkley';

export const ERROR_DETECTORS = ['adwin', 'pageHinkley', 'ddm'] as const;
export type ErrorDetectorName = (typeof ERROR_DETECTORS)[number];

/** Each detector's strongest state while one batch of errors went in; null when no labels arrived. */
export type DetectorReadings = Record<ErrorDetectorName, DetectorState | null>;

export const NO_READINGS: Readonly<DetectorReadings> = Object.freeze({ adwin: null, pageHinkley: null, ddm: null });

const RANK: Record<DetectorState, number> = { stable: 0, warning: 1, drift: 2 };

export interface ErrorDetectors {
  /** Feeds the errors (1 = wrong) in order to every detector; reports 'drift' if any update did, else 'warning' if any did. */
  feed(errors: ArrayLike<number>): DetectorReadings;
  /** Starts every detector afresh, e.g. after the model was retrained. */
  reset(): void;
}

/** The three detectors with their industry defaults (see detectors/detector.ts). */
export function createErrorDetectors(): ErrorDetectors {
  const detectors: Record<ErrorDetectorName, StreamDetector> = { adwin: createAdwin(), pageHinkley: createPageHinkley(), ddm: createDdm() };
  return {
    feed(errors) {
      const readings = { ...NO_READINGS } as DetectorReadings;
      for (const name of ERROR_DETECTORS) {
        const detector = detectors[name];
        let worst: DetectorState = 'stable';
        for (let i = 0; i < errors.length; i++) {
          const state = detector.update(errors[i]!);
          if (RANK[state] > RANK[worst]) worst = state;
        }
        readings[name] = worst;
      }
      return readings;
    },
    reset() {
      for (const name of ERROR_DETECTORS) detectors[name].reset();
    },
  };
}
