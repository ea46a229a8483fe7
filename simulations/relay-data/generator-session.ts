// One download or preview at a time, driven by pull messages: shared by the worker and the in-page fallback.
import { generateRelayData } from './generate';
import { tableChunks } from './index';
import type { FromWorker, ToWorker } from './worker-protocol';

/** Returns a handler for page messages; `send` posts a reply (transferring chunk bytes). */
export function createGeneratorSession(send: (message: FromWorker, transfer?: Transferable[]) => void): (message: ToWorker) => void {
  const encoder = new TextEncoder();
  let chunks: Iterator<{ text: string; progress: number }> | null = null;
  return (message) => {
    try {
      if (message.type === 'preview') {
        const first = generateRelayData(message.options, { batchSize: Math.max(message.rows, 50) }).next();
        const batch = first.done ? { messages: [], events: [] } : first.value;
        send({ type: 'preview', messages: batch.messages.slice(0, message.rows), events: batch.events.slice(0, message.rows) });
        return;
      }
      if (message.type === 'start') {
        chunks = tableChunks(message.options, message.table, message.format);
        return;
      }
      if (!chunks) return;
      const next = chunks.next();
      if (next.done) {
        chunks = null;
        send({ type: 'done' });
        return;
      }
      const bytes = encoder.encode(next.value.text);
      send({ type: 'chunk', bytes, progress: next.value.progress }, [bytes.buffer]);
    } catch (error) {
      chunks = null;
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
