// Browser-only loaders for each simulation's view; kept apart from registry.ts so Node tooling never loads React views.
import type { ComponentType } from 'react';
import type { SimViewProps } from './core/view-props';

export const views: Record<string, () => Promise<{ default: ComponentType<SimViewProps> }>> = {
  classifier: () => import('./classifier/ClassifierView'),
  streaming: () => import('./streaming/StreamingView'),
  drift: () => import('./drift/DriftView'),
  canary: () => import('./canary/CanaryView'),
};
