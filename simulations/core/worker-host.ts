// Worker side of the protocol: `serveEngine(engine)` is the whole body of a simulation's worker.ts.
import type { SimEngine } from './engine';
import { createEngineRunner } from './engine-runner';
import type { FromWorker, ToWorker } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent) => unknown) | null;
  postMessage(message: unknown): void;
}

export function serveEngine<P, S, Snapshot>(engine: SimEngine<P, S, Snapshot>, scope: WorkerScope = self as unknown as WorkerScope): void {
  const runner = createEngineRunner(engine);
  const reply = (message: FromWorker<Snapshot>) => scope.postMessage(message);
  scope.onmessage = async (event: MessageEvent) => {
    const message = event.data as ToWorker<P>;
    try {
      if (message.type === 'init') reply({ id: message.id, type: 'result', result: await runner.init(message.params, message.seed) });
      else if (message.type === 'step') reply({ id: message.id, type: 'result', result: await runner.step(message.count, message.params) });
      else {
        await runner.dispose();
        reply({ id: message.id, type: 'disposed' });
      }
    } catch (error) {
      reply({ id: message.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
