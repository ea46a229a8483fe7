// Runs the canary engine headless for the engine tests: a preset (or defaults) with overrides, to the end of the run.
import { applyPreset } from '../../../../simulations/core/presets';
import { canaryEngine } from '../../../../simulations/canary/engine';
import { params, type CanaryParams } from '../../../../simulations/canary/params';
import { presets, type CanaryPresetId } from '../../../../simulations/canary/presets';
import type { CanarySnapshot } from '../../../../simulations/canary/snapshot';

export function paramsFor(id: CanaryPresetId | null, overrides: Partial<CanaryParams> = {}): CanaryParams {
  return { ...(id ? applyPreset(params, presets[id]) : params.defaults), ...overrides };
}

export interface Run {
  p: CanaryParams;
  final: CanarySnapshot;
  /** Every snapshot, when asked for. */
  snapshots: CanarySnapshot[];
  stepMs: number[];
}

export async function runCanary(p: CanaryParams, options: { keep?: boolean } = {}): Promise<Run> {
  const state = await canaryEngine.init(p, p.seed);
  const snapshots: CanarySnapshot[] = [];
  const stepMs: number[] = [];
  try {
    while (!canaryEngine.finished(state, p)) {
      const started = performance.now();
      canaryEngine.step(state, p);
      stepMs.push(performance.now() - started);
      if (options.keep) snapshots.push(canaryEngine.snapshot(state, p));
    }
    return { p, final: canaryEngine.snapshot(state, p), snapshots, stepMs };
  } finally {
    canaryEngine.dispose!(state);
  }
}

export const runPreset = (id: CanaryPresetId | null, overrides: Partial<CanaryParams> = {}, options: { keep?: boolean } = {}) => runCanary(paramsFor(id, overrides), options);

/** Mean labelled quality of a version over the intervals whose labels arrived, optionally only from `fromS` on. */
export function meanQuality(snapshot: CanarySnapshot, version: 'v1Quality' | 'v2Quality', measure: 'caught' | 'segmentRight', fromS = 0): number {
  const values = snapshot.intervals.filter((interval) => interval.endS > fromS).flatMap((interval) => (interval[version]?.[measure] != null ? [interval[version]![measure]!] : []));
  return values.reduce((a, b) => a + b, 0) / values.length;
}
