// The canary simulation's Web Worker: traffic, the two TF.js models and the rollout controller run here, off the page's main thread.
import { serveEngine } from '../core/worker-host';
import { canaryEngine } from './engine';

serveEngine(canaryEngine);
