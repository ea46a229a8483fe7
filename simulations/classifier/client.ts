// Starts the classifier engine in a module Web Worker, or on the page where module workers are unavailable.
import { startEngine } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { ClassifierSnapshot } from './engine';
import type { ClassifierParams } from './params';

export function createClassifierClient(): Promise<EngineClient<ClassifierParams, ClassifierSnapshot>> {
  return startEngine(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'classifier' }),
    async () => (await import('./engine')).classifierEngine,
  );
}
