// Starts the streaming engine in a module Web Worker, or on the page where module workers are unavailable.
import { startEngine } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { StreamingParams } from './params';
import type { StreamingSnapshot } from './snapshot';

export function createStreamingClient(): Promise<EngineClient<StreamingParams, StreamingSnapshot>> {
  return startEngine(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'streaming' }),
    async () => (await import('./engine')).streamingEngine,
  );
}
