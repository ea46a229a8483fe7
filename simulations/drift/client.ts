// Starts the drift engine in a module Web Worker, or on the page where module workers are unavailable.
import { startEngine } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { DriftParams } from './params';
import type { DriftSnapshot } from './snapshot';

export function createDriftClient(): Promise<EngineClient<DriftParams, DriftSnapshot>> {
  return startEngine(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'drift' }),
    async () => (await import('./engine')).driftEngine,
  );
}
