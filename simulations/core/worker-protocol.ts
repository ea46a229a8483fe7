// Typed messages between the page and a simulation's Web Worker.
import type { StepResult } from './engine';

export type ToWorker<P> =
  | { id: number; type: 'init'; params: P; seed: number }
  | { id: number; type: 'step'; count: number; params: P }
  | { id: number; type: 'dispose' };

export type FromWorker<Snapshot> =
  | { id: number; type: 'result'; result: StepResult<Snapshot> }
  | { id: number; type: 'disposed' }
  | { id: number; type: 'error'; message: string };

/** The page's handle on a running engine, in a worker or inline; requests are answered in order. */
export interface EngineClient<P, Snapshot> {
  init(params: P, seed: number): Promise<StepResult<Snapshot>>;
  /** Takes `count` steps (stopping early if the run finishes) and returns the last snapshot. */
  step(count: number, params: P): Promise<StepResult<Snapshot>>;
  dispose(): Promise<void>;
  /** Stops the worker for good. */
  terminate(): void;
}
