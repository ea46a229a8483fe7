// The shape every simulation engine has: pure init/step over plain state, and a drawable snapshot.
/**
 * An engine advances a model of a system one step at a time. It runs inside a Web Worker (or
 * inline in tests) and never touches the DOM. `S` may hold live objects such as a TF.js model;
 * only the snapshot crosses to the page, so it must be plain, structured-cloneable data.
 */
export interface SimEngine<P, S, Snapshot> {
  /** Builds the starting state; all randomness comes from `seed`. */
  init(params: P, seed: number): S | Promise<S>;
  /** One step (an epoch, a tick of simulated time…); may mutate and return `state`. */
  step(state: S, params: P): S | Promise<S>;
  /** What the view draws after each step. */
  snapshot(state: S, params: P): Snapshot;
  /** True when the run has nothing left to do (e.g. all epochs trained). */
  finished(state: S, params: P): boolean;
  /** Frees what the state holds (TF.js tensors); called before re-init and on teardown. */
  dispose?(state: S): void;
}

/** A snapshot plus whether the run is finished, as the page receives it. */
export interface StepResult<Snapshot> {
  snapshot: Snapshot;
  finished: boolean;
  /** Steps taken since init. */
  steps: number;
}
