// Runs the drift engine headless for the engine tests: a preset (or defaults) with overrides, every snapshot kept.
import { applyPreset } from '../../../../simulations/core/presets';
import { driftEngine } from '../../../../simulations/drift/engine';
import { params, type DriftParams } from '../../../../simulations/drift/params';
import { presets, type DriftPresetId } from '../../../../simulations/drift/presets';
import type { BatchPoint, DriftSnapshot } from '../../../../simulations/drift/snapshot';

/** A preset's values (or the defaults for null) with `overrides` on top. */
export function paramsFor(id: DriftPresetId | null, overrides: Partial<DriftParams> = {}): DriftParams {
  return { ...(id ? applyPreset(params, presets[id]) : params.defaults), ...overrides };
}

/** Every snapshot from init to the end of the run (index i = after i steps), and the step times in ms. */
export async function runEngine(p: DriftParams, seed = p.seed): Promise<{ snapshots: DriftSnapshot[]; stepMs: number[] }> {
  const state = await driftEngine.init(p, seed);
  const snapshots = [driftEngine.snapshot(state, p)];
  const stepMs: number[] = [];
  try {
    while (!driftEngine.finished(state, p)) {
      const started = performance.now();
      driftEngine.step(state, p);
      stepMs.push(performance.now() - started);
      snapshots.push(driftEngine.snapshot(state, p));
    }
    return { snapshots, stepMs };
  } finally {
    driftEngine.dispose!(state);
  }
}

/** The history of the final snapshot. */
export const finalHistory = (snapshots: readonly DriftSnapshot[]): BatchPoint[] => snapshots.at(-1)!.history;

export const average = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Splits points into those before the drift and those with it. */
export function beforeAndAfter(points: readonly BatchPoint[]): { before: BatchPoint[]; after: BatchPoint[] } {
  return { before: points.filter((point) => !point.driftActive), after: points.filter((point) => point.driftActive) };
}

/** Share of columns flagged, averaged over the points. */
export const flaggedShare = (points: readonly BatchPoint[]): number => average(points.map((point) => point.driftShare));

/** The true accuracies that have arrived. */
export const revealed = (points: readonly BatchPoint[]): number[] => points.flatMap((point) => (point.trueAccuracy === null ? [] : [point.trueAccuracy]));
