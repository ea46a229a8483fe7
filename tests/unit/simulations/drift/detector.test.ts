// The detectors' shared contract: the spec's defaults, the common interface, and determinism side by side.
import { describe, expect, it } from 'vitest';
import { createAdwin } from '../../../../simulations/drift/detectors/adwin';
import { createDdm } from '../../../../simulations/drift/detectors/ddm';
import { DETECTOR_DEFAULTS, type DetectorKind, type StreamDetector } from '../../../../simulations/drift/detectors/detector';
import { createPageHinkley } from '../../../../simulations/drift/detectors/page-hinkley';
import { SEEDS, indicesOf, jumpStream, statesOf } from './detector-streams';

const factories: Record<DetectorKind, (explicitDefaults: boolean) => StreamDetector> = {
  adwin: (explicit) => createAdwin(explicit ? DETECTOR_DEFAULTS.adwin.options : undefined),
  pageHinkley: (explicit) => createPageHinkley(explicit ? DETECTOR_DEFAULTS.pageHinkley.options : undefined),
  ddm: (explicit) => createDdm(explicit ? DETECTOR_DEFAULTS.ddm.options : undefined),
};

describe('DETECTOR_DEFAULTS', () => {
  it('holds the numbers the drift spec asks for', () => {
    // design/simulations.md §2: ADWIN δ = 0.002; Page-Hinkley min 30 instances, δ = 0.005,
    // threshold 50, α = 1 − 1e-4; DDM warm start 30, warn at 2σ, drift at 3σ. The rest are River's.
    expect(DETECTOR_DEFAULTS.adwin.options).toEqual({ delta: 0.002, clock: 32, maxBuckets: 5, minWindowLength: 5, gracePeriod: 10 });
    expect(DETECTOR_DEFAULTS.pageHinkley.options).toEqual({ minInstances: 30, delta: 0.005, threshold: 50, alpha: 0.9999, mode: 'up' });
    expect(DETECTOR_DEFAULTS.ddm.options).toEqual({ warmStart: 30, warningThreshold: 2, driftThreshold: 3 });
  });

  it('names a source for every detector', () => {
    expect(DETECTOR_DEFAULTS.adwin.source).toMatch(/Bifet.*2007.*River/);
    expect(DETECTOR_DEFAULTS.pageHinkley.source).toMatch(/Page.*1954.*River/);
    expect(DETECTOR_DEFAULTS.ddm.source).toMatch(/Gama.*2004.*River/);
  });

  it('is what each factory uses when given no options', () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const xs = jumpStream(seed);
      for (const make of Object.values(factories)) expect(statesOf(make(false), xs)).toEqual(statesOf(make(true), xs));
    }
  });
});

describe('StreamDetector contract', () => {
  it('starts stable, reports the state it returns, and only DDM warns', () => {
    const xs = jumpStream(17);
    for (const [kind, make] of Object.entries(factories)) {
      const detector = make(false);
      expect(detector.state).toBe('stable');
      const seen = new Set<string>();
      for (const x of xs) {
        const state = detector.update(x);
        expect(detector.state).toBe(state);
        seen.add(state);
      }
      expect(seen.has('drift')).toBe(true);
      expect(seen.has('warning')).toBe(kind === 'ddm');
    }
  });

  it('is deterministic: the same input gives the same detections, fresh or after reset()', () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const xs = jumpStream(seed);
      for (const make of Object.values(factories)) {
        const detector = make(false);
        const first = indicesOf(detector, xs);
        detector.reset();
        expect(detector.state).toBe('stable');
        expect(indicesOf(detector, xs)).toEqual(first);
        expect(indicesOf(make(false), xs)).toEqual(first);
        expect(indicesOf(make(false), jumpStream(seed))).toEqual(first);
      }
    }
  });
});
