// Starts the canary engine in a module Web Worker, or on the page where module workers are unavailable.
import { startEngine } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { CanaryParams } from './params';
import type { CanarySnapshot } from './snapshot';

export function createCanaryClient(): Promise<EngineClient<CanaryParams, CanarySnapshot>> {
  return startEngine(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'canary' }),
    async () => (await import('./engine')).canaryEngine,
  );
}
