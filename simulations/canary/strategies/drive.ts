// Runs a rollout controller headless, the way the engine does: advance at each due time with what `measure` reports.
import type { AnalysisInput, AnalysisWindow, ControllerEvent, ControllerPhase, RolloutController, TrafficWeights } from './controller';

/** The controller's state right after one `advance` call. */
export interface TraceStep {
  readonly atS: number;
  readonly events: readonly ControllerEvent[];
  readonly weights: TrafficWeights;
  readonly phase: ControllerPhase;
}

export interface DriveOptions {
  /** No `advance` call later than this. */
  readonly untilS: number;
  /** What was measured over `window`; called only when a measurement is due at `window.toS`. */
  readonly measure: (window: AnalysisWindow) => AnalysisInput | null;
}

/**
 * Calls `advance` at every due time up to `untilS`, passing `measure(window)` when a measurement
 * is due and null for timer-only ticks; stops when the controller pauses or finishes (resume or
 * abort it, then drive again). Returns one step per call.
 */
export function driveController(controller: RolloutController, { untilS, measure }: DriveOptions): TraceStep[] {
  const trace: TraceStep[] = [];
  for (let due = controller.dueAt(); due !== null && due <= untilS; ) {
    const window = controller.analysisWindow();
    const input = window !== null && window.toS === due ? measure(window) : null;
    const events = controller.advance(due, input);
    trace.push({ atS: due, events, weights: controller.weights(), phase: controller.phase() });
    const next = controller.dueAt();
    if (next !== null && next <= due) throw new Error(`Controller stayed due at ${next} s after advancing at ${due} s.`);
    due = next;
  }
  return trace;
}
