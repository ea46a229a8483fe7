// Worker side of the protocol: `serveEngine(engine)` is the whole body of a simulation's worker.ts.
import type { SimEngine } from './engine';
import { createEngineRunner } from './engine-runner';
import type { FromWorker, ToWorker } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

export function serveEngine<P, S, Snapshot>(engine: SimEngine<P, S, Snapshot>, scope: WorkerScope = self as unknown as WorkerScope): void {
  const runner = createEngineRunner(engine);
  // Requests are chained so a step never overlaps an init, whatever the page sends.
  let queue: Promise<void> = Promise.resolve();
  const reply = (message: FromWorker<Snapshot>) => scope.postMessage(message);
  scope.onmessage = (event: MessageEvent) => {
    const message = event.data as ToWorker<P>;
    queue = queue.then(async () => {
      try {
        if (message.type === 'init') reply({ id: message.id, type: 'result', result: await runner.init(message.params, message.seed) });
        else if (message.type === 'step') reply({ id: message.id, type: 'result', result: await runner.step(message.count, message.params) });
        else {
          runner.dispose();
          reply({ id: message.id, type: 'disposed' });
        }
      } catch (error) {
        reply({ id: message.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  };
}
