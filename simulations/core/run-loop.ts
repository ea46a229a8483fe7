// Play/pause/step/reset/speed over an engine client; pauses while the sim is off-screen or the tab hidden.
import type { StepResult } from './engine';
import type { EngineClient } from './worker-protocol';

export type RunStatus = 'loading' | 'ready' | 'playing' | 'paused' | 'finished' | 'error';
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface RunLoopState<Snapshot> {
  status: RunStatus;
  snapshot: Snapshot | undefined;
  steps: number;
  speed: number;
  /** True while playing but held because the sim is not visible. */
  suspended: boolean;
  error: string | undefined;
}

export interface RunLoopOptions<P, Snapshot> {
  client: EngineClient<P, Snapshot>;
  /** Steps per second at 1× speed. */
  stepsPerSecond: number;
  onChange(state: RunLoopState<Snapshot>): void;
  /** Injected for tests; defaults to setTimeout/clearTimeout. */
  timer?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  now?: () => number;
}

export interface RunLoop<P> {
  /** (Re)starts the run from step 0 with these params and seed. */
  start(params: P, seed: number): Promise<void>;
  play(): void;
  pause(): void;
  /** One step while paused or ready. */
  step(): Promise<void>;
  /** Back to step 0 with the current params and seed. */
  reset(): Promise<void>;
  setSpeed(speed: number): void;
  setVisible(visible: boolean): void;
  destroy(): void;
}

export function createRunLoop<P, Snapshot>(options: RunLoopOptions<P, Snapshot>): RunLoop<P> {
  const { client, stepsPerSecond, onChange } = options;
  const timer = options.timer ?? { set: (fn: () => void, ms: number) => setTimeout(fn, ms), clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  const now = options.now ?? (() => performance.now());
  let state: RunLoopState<Snapshot> = { status: 'loading', snapshot: undefined, steps: 0, speed: 1, suspended: false, error: undefined };
  let params: P | undefined;
  let seed = 1;
  let visible = true;
  let handle: unknown;
  let busy = false;
  // Each start() bumps the generation so answers from an older run are ignored.
  let generation = 0;
  let destroyed = false;

  const set = (patch: Partial<RunLoopState<Snapshot>>) => {
    if (destroyed) return;
    state = { ...state, ...patch };
    onChange(state);
  };
  const fail = (error: unknown) => set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  const apply = (result: StepResult<Snapshot>, status: RunStatus) =>
    set({ snapshot: result.snapshot, steps: result.steps, status: result.finished ? 'finished' : status });
  const cancel = () => {
    if (handle !== undefined) timer.clear(handle);
    handle = undefined;
  };

  const tick = async () => {
    handle = undefined;
    if (state.status !== 'playing' || !visible || busy || params === undefined) return;
    busy = true;
    const mine = generation;
    const started = now();
    try {
      const result = await client.step(1, params);
      if (mine !== generation) return;
      apply(result, state.status === 'playing' ? 'playing' : state.status);
    } catch (error) {
      if (mine === generation) fail(error);
      return;
    } finally {
      busy = false;
    }
    if (state.status === 'playing' && visible) {
      const interval = 1000 / (stepsPerSecond * state.speed);
      handle = timer.set(() => void tick(), Math.max(0, interval - (now() - started)));
    }
  };

  const start = async (nextParams: P, nextSeed: number) => {
    cancel();
    generation += 1;
    const mine = generation;
    params = nextParams;
    seed = nextSeed;
    set({ status: 'loading', error: undefined, suspended: false });
    try {
      const result = await client.init(nextParams, nextSeed);
      if (mine === generation) apply(result, 'ready');
    } catch (error) {
      if (mine === generation) fail(error);
    }
  };

  return {
    start,
    play() {
      if (state.status !== 'ready' && state.status !== 'paused') return;
      set({ status: 'playing', suspended: !visible });
      void tick();
    },
    pause() {
      if (state.status !== 'playing') return;
      cancel();
      set({ status: 'paused', suspended: false });
    },
    async step() {
      if ((state.status !== 'ready' && state.status !== 'paused') || busy || params === undefined) return;
      busy = true;
      const mine = generation;
      try {
        const result = await client.step(1, params);
        if (mine === generation) apply(result, 'paused');
      } catch (error) {
        if (mine === generation) fail(error);
      } finally {
        busy = false;
      }
    },
    reset: () => (params === undefined ? Promise.resolve() : start(params, seed)),
    setSpeed(speed) {
      set({ speed });
      // A pending tick was timed for the old speed; time it again for the new one.
      if (handle !== undefined) {
        cancel();
        handle = timer.set(() => void tick(), 1000 / (stepsPerSecond * speed));
      }
    },
    setVisible(next) {
      visible = next;
      if (state.status !== 'playing') return;
      set({ suspended: !visible });
      if (visible && handle === undefined) void tick();
      if (!visible) cancel();
    },
    destroy() {
      cancel();
      destroyed = true;
      generation += 1;
      client.terminate();
    },
  };
}
