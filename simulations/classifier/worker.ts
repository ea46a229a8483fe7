// The classifier's Web Worker: TF.js training runs here, off the page's main thread.
import { serveEngine } from '../core/worker-host';
import { classifierEngine } from './engine';

serveEngine(classifierEngine);
