// Runs an engine's init/step requests one at a time; shared by the worker host and the inline client.
import type { SimEngine, StepResult } from './engine';

export interface EngineRunner<P, Snapshot> {
  init(params: P, seed: number): Promise<StepResult<Snapshot>>;
  step(count: number, params: P): Promise<StepResult<Snapshot>>;
  dispose(): void;
}

export function createEngineRunner<P, S, Snapshot>(engine: SimEngine<P, S, Snapshot>): EngineRunner<P, Snapshot> {
  let state: S | undefined;
  let steps = 0;
  let params: P | undefined;
  const result = (): StepResult<Snapshot> => {
    if (state === undefined || params === undefined) throw new Error('step() before init()');
    return { snapshot: engine.snapshot(state, params), finished: engine.finished(state, params), steps };
  };
  const dispose = () => {
    if (state !== undefined) engine.dispose?.(state);
    state = undefined;
  };
  return {
    async init(nextParams, seed) {
      dispose();
      params = nextParams;
      steps = 0;
      state = await engine.init(nextParams, seed);
      return result();
    },
    async step(count, nextParams) {
      if (state === undefined) throw new Error('step() before init()');
      params = nextParams;
      for (let i = 0; i < count && !engine.finished(state, params); i += 1) {
        state = await engine.step(state, params);
        steps += 1;
      }
      return result();
    },
    dispose,
  };
}
