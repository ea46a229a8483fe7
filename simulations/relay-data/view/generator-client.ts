// The page's side of the generator: a worker (or, without module workers, the same code in the page) behind two promises.
import type { FromWorker, ToWorker } from '../worker-protocol';
import type { EventRow, MessageRow } from '../index';
import type { Format, RelayDataOptions } from '../options';
import type { Table } from '../index';

export interface GeneratorClient {
  preview(options: RelayDataOptions, rows: number): Promise<{ messages: MessageRow[]; events: EventRow[] }>;
  /** The whole file as a Blob built from parts, so no single string ever holds it. */
  file(options: RelayDataOptions, table: Table, format: Format, onProgress: (share: number) => void, signal: AbortSignal): Promise<Blob>;
  close(): void;
}

type Port = { post(message: ToWorker): void; onReply(handler: (message: FromWorker) => void): void; close(): void };

async function openPort(): Promise<Port> {
  try {
    const worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'relay-data' });
    return { post: (m) => worker.postMessage(m), onReply: (h) => (worker.onmessage = (e: MessageEvent<FromWorker>) => h(e.data)), close: () => worker.terminate() };
  } catch {
    // Same session code on the page; slower for big files, but it works.
    const { createGeneratorSession } = await import('../generator-session');
    let handler: (message: FromWorker) => void = () => {};
    const session = createGeneratorSession((m) => setTimeout(() => handler(m), 0));
    return { post: (m) => session(m), onReply: (h) => (handler = h), close: () => {} };
  }
}

export async function createGeneratorClient(): Promise<GeneratorClient> {
  const port = await openPort();
  let waiting: ((message: FromWorker) => void) | null = null;
  port.onReply((message) => waiting?.(message));
  // One request at a time: the page disables its buttons while a file is being written.
  const request = (message: ToWorker) => new Promise<FromWorker>((resolve) => {
    waiting = resolve;
    port.post(message);
  });
  return {
    async preview(options, rows) {
      const reply = await request({ type: 'preview', options, rows });
      if (reply.type === 'error') throw new Error(reply.message);
      if (reply.type !== 'preview') throw new Error('The generator answered out of turn; reload the page.');
      return { messages: reply.messages, events: reply.events };
    },
    async file(options, table, format, onProgress, signal) {
      port.post({ type: 'start', options, table, format });
      const parts: BlobPart[] = [];
      for (;;) {
        if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
        const reply = await request({ type: 'next' });
        if (reply.type === 'error') throw new Error(reply.message);
        if (reply.type === 'done') break;
        if (reply.type !== 'chunk') continue;
        // A Blob per part lets the browser move finished parts out of page memory (to disk, for big files).
        parts.push(new Blob([reply.bytes]));
        onProgress(reply.progress);
      }
      return new Blob(parts, { type: format === 'csv' ? 'text/csv' : 'application/x-ndjson' });
    },
    close: () => port.close(),
  };
}
