// Starts the streaming engine in a module Web Worker, or on the page where module workers are unavailable.
import { createInlineClient, createWorkerClient } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { StreamingParams } from './params';
import type { StreamingSnapshot } from './snapshot';

export async function createStreamingClient(): Promise<EngineClient<StreamingParams, StreamingSnapshot>> {
  try {
    return createWorkerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'streaming' }));
  } catch {
    const { streamingEngine } = await import('./engine');
    return createInlineClient(streamingEngine);
  }
}
