// The streaming simulation's Web Worker: pipeline and TF.js models run here, off the page's main thread.
import { serveEngine } from '../core/worker-host';
import { streamingEngine } from './engine';

serveEngine(streamingEngine);
