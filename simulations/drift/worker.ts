// The drift simulation's Web Worker: batches, drift checks, the domain classifier and the served model run here, off the page's main thread.
import { serveEngine } from '../core/worker-host';
import { driftEngine } from './engine';

serveEngine(driftEngine);
