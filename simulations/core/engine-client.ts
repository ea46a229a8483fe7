// Page side of the protocol: talk to an engine in a Web Worker, or run it inline where workers are missing.
import type { SimEngine, StepResult } from './engine';
import { createEngineRunner } from './engine-runner';
import type { EngineClient, FromWorker, ToWorker } from './worker-protocol';

/** A client for an engine running in `worker` (created with `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`). */
export function createWorkerClient<P, Snapshot>(worker: Worker): EngineClient<P, Snapshot> {
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: FromWorker<Snapshot>) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<FromWorker<Snapshot>>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (!waiting) return;
    if (event.data.type === 'error') waiting.reject(new Error(event.data.message));
    else waiting.resolve(event.data);
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || 'The simulation stopped unexpectedly.');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const send = (message: ToWorker<P>) =>
    new Promise<FromWorker<Snapshot>>((resolve, reject) => {
      pending.set(message.id, { resolve, reject });
      worker.postMessage(message);
    });
  const result = async (message: ToWorker<P>): Promise<StepResult<Snapshot>> => {
    const answer = await send(message);
    if (answer.type !== 'result') throw new Error(`unexpected ${answer.type} reply`);
    return answer.result;
  };
  return {
    init: (params, seed) => result({ id: nextId++, type: 'init', params, seed }),
    step: (count, params) => result({ id: nextId++, type: 'step', count, params }),
    dispose: async () => {
      await send({ id: nextId++, type: 'dispose' });
    },
    terminate: () => worker.terminate(),
  };
}

/** The same client running the engine on the calling thread: for tests, and browsers without module workers. */
export function createInlineClient<P, S, Snapshot>(engine: SimEngine<P, S, Snapshot>): EngineClient<P, Snapshot> {
  const runner = createEngineRunner(engine);
  return {
    init: (params, seed) => runner.init(params, seed),
    step: (count, params) => runner.step(count, params),
    dispose: () => runner.dispose(),
    terminate: () => void runner.dispose(),
  };
}

/**
 * A client for an engine in a module worker, falling back to running it on the page where module
 * workers are unavailable. `makeWorker` must contain the literal `new Worker(new URL('./worker.ts',
 * import.meta.url), { type: 'module' })` at the call site so Vite can bundle the worker.
 */
export async function startEngine<P, S, Snapshot>(
  makeWorker: () => Worker,
  loadEngine: () => Promise<SimEngine<P, S, Snapshot>>,
): Promise<EngineClient<P, Snapshot>> {
  try {
    return createWorkerClient<P, Snapshot>(makeWorker());
  } catch {
    return createInlineClient(await loadEngine());
  }
}
