// Starts the classifier engine in a module Web Worker, or on the page where module workers are unavailable.
import { createInlineClient, createWorkerClient } from '../core/engine-client';
import type { EngineClient } from '../core/worker-protocol';
import type { ClassifierSnapshot } from './engine';
import type { ClassifierParams } from './params';

export async function createClassifierClient(): Promise<EngineClient<ClassifierParams, ClassifierSnapshot>> {
  try {
    return createWorkerClient(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'classifier' }));
  } catch {
    const { classifierEngine } = await import('./engine');
    return createInlineClient(classifierEngine);
  }
}
