// The rollout controllers' shared contract (what the engine feeds them, what they answer) and the factory.
import { createArgoController } from './argo';
import { createBlueGreenController } from './blue-green';
import type { Strategy } from './config';
import { createFlaggerController } from './flagger';
import { createKayentaController } from './kayenta-steps';
import { createShadowController } from './shadow';

/** What one version served over one analysis window. */
export interface VersionHealth {
  readonly requests: number;
  /** Requests that failed (5xx, timeouts); at most `requests`. */
  readonly errors: number;
  /** 99th-percentile latency over the window in milliseconds; null when there is nothing to measure. */
  readonly p99Ms: number | null;
}

/** The Kayenta-style judge's answer for one interval (the engine maps simulations/canary/judge output to this). */
export interface JudgeVerdict {
  /** 0–100. */
  readonly score: number;
  readonly verdict: 'pass' | 'marginal' | 'fail' | 'insufficient-data';
  /** One short sentence, shown in the event log. */
  readonly reason: string;
}

/** What was measured over the window the controller asked for (see `analysisWindow()`). */
export interface AnalysisInput {
  readonly canary: VersionHealth;
  readonly stable: VersionHealth;
  readonly baseline?: VersionHealth;
  readonly judge?: JudgeVerdict;
}

/** Percent of user traffic per version; stable + canary + baseline === 100 always. */
export interface TrafficWeights {
  readonly stable: number;
  readonly canary: number;
  /** A fresh copy of the stable version, judged against the canary (Kayenta-style only). */
  readonly baseline: number;
  /** Percent of requests copied to the canary, whose answers are discarded (shadow only); not user traffic. */
  readonly mirrorPercent: number;
}

/** progressing; paused = waiting for a human to resume or abort; promoted = the new version won; aborted = rolled back. */
export type ControllerPhase = 'progressing' | 'paused' | 'promoted' | 'aborted';

/** The next measurement covers user traffic in [fromS, toS) and is due at toS. */
export interface AnalysisWindow {
  readonly fromS: number;
  readonly toS: number;
}

/** Normalised result of one analysis tick: pass, fail, or neither (inconclusive, marginal, not enough data). */
export type AnalysisOutcome = 'pass' | 'fail' | 'inconclusive';

interface EventBase {
  /** Simulated seconds. */
  readonly atS: number;
  /** A short line that reads like the tool's own event stream. */
  readonly message: string;
}

/** The canary's user traffic changed to `weight` percent (promotion and rollback use their own kinds). */
export interface SetWeightEvent extends EventBase {
  readonly kind: 'set-weight';
  readonly weight: number;
}

/** One analysis tick. `phase` is the tool's own word: Successful/Failed/Inconclusive (Argo), passed/failed/no-data (Flagger, shadow, blue-green), the judge's verdict (Kayenta). */
export interface AnalysisEvent extends EventBase {
  readonly kind: 'analysis';
  readonly outcome: AnalysisOutcome;
  readonly phase: string;
}

export interface LifecycleEvent extends EventBase {
  readonly kind: 'start' | 'pause' | 'resume' | 'promote' | 'abort';
}

export type ControllerEvent = SetWeightEvent | AnalysisEvent | LifecycleEvent;

/**
 * A rollout as a pure state machine driven by simulated time. The engine asks `dueAt()`, advances
 * its world to that time, and calls `advance(t, input)`, passing the traffic measured over
 * `analysisWindow()` when that window ends at t (and null otherwise). Before the first `advance`
 * a controller is due at 0 and serves nothing new; the rollout starts at the first `advance` call.
 */
export interface RolloutController {
  readonly strategy: Strategy;
  weights(): TrafficWeights;
  phase(): ControllerPhase;
  /** Simulated seconds at which `advance` must next be called; null when paused or finished. */
  dueAt(): number | null;
  /** The window the next measurement covers; null when no measurement is pending (paused, finished, or a timer-only tick). */
  analysisWindow(): AnalysisWindow | null;
  /**
   * Does everything due at or before `nowS`, at `nowS`. `input` is used only when a measurement is
   * due; a due measurement with no input counts as a window without requests. Calls before
   * `dueAt()` do nothing; time must never go backwards.
   */
  advance(nowS: number, input: AnalysisInput | null): ControllerEvent[];
  /** A human's `promote`/resume of a paused rollout; does nothing unless paused. */
  resume(nowS: number): ControllerEvent[];
  /** A human's abort: traffic back to stable at once; does nothing once promoted or aborted. */
  abort(nowS: number): ControllerEvent[];
}

/** Names used in Flagger-style messages, e.g. "Advance spam-filter.relay canary weight 20". */
export interface ControllerOptions {
  readonly target?: { readonly name: string; readonly namespace: string };
}

export const DEFAULT_TARGET = { name: 'spam-filter', namespace: 'relay' } as const;

/** The controller for `strategy`; throws a RangeError naming the bad setting if the strategy is invalid. */
export function createController(strategy: Strategy, options: ControllerOptions = {}): RolloutController {
  switch (strategy.kind) {
    case 'argo':
      return createArgoController(strategy);
    case 'flagger':
      return createFlaggerController(strategy, options.target ?? DEFAULT_TARGET);
    case 'kayenta':
      return createKayentaController(strategy);
    case 'shadow':
      return createShadowController(strategy);
    case 'blue-green':
      return createBlueGreenController(strategy);
  }
}
