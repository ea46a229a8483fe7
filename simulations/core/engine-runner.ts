// Runs an engine's init/step requests strictly one after another; shared by the worker host and the inline client.
import type { SimEngine, StepResult } from './engine';

export interface EngineRunner<P, Snapshot> {
  init(params: P, seed: number): Promise<StepResult<Snapshot>>;
  step(count: number, params: P): Promise<StepResult<Snapshot>>;
  dispose(): Promise<void>;
}

export function createEngineRunner<P, S, Snapshot>(engine: SimEngine<P, S, Snapshot>): EngineRunner<P, Snapshot> {
  let state: S | undefined;
  let steps = 0;
  let params: P | undefined;
  // Requests are chained so a step never overlaps an init, whoever sends them and however fast.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => T | Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const result = (): StepResult<Snapshot> => {
    if (state === undefined || params === undefined) throw new Error('step() before init()');
    return { snapshot: engine.snapshot(state, params), finished: engine.finished(state, params), steps };
  };
  const release = () => {
    if (state !== undefined) engine.dispose?.(state);
    state = undefined;
  };
  return {
    init: (nextParams, seed) =>
      serial(async () => {
        release();
        params = nextParams;
        steps = 0;
        state = await engine.init(nextParams, seed);
        return result();
      }),
    step: (count, nextParams) =>
      serial(async () => {
        if (state === undefined) throw new Error('step() before init()');
        params = nextParams;
        for (let i = 0; i < count && !engine.finished(state, params); i += 1) {
          state = await engine.step(state, params);
          steps += 1;
        }
        return result();
      }),
    dispose: () => serial(release),
  };
}
