// The data generator's Web Worker: a million rows are written here, never on the page's main thread.
import { createGeneratorSession } from './generator-session';
import type { FromWorker, ToWorker } from './worker-protocol';

const scope = self as unknown as { postMessage(message: FromWorker, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const handle = createGeneratorSession((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
