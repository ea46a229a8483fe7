// Messages between the /data/ page and the generator's worker: pull one chunk at a time so memory stays flat.
import type { MessageRow } from './message-row';
import type { Format, RelayDataOptions } from './options';
import type { EventRow } from './user-events';
import type { Table } from './index';

export type ToWorker =
  | { type: 'preview'; options: RelayDataOptions; rows: number }
  | { type: 'start'; options: RelayDataOptions; table: Table; format: Format }
  /** Asks for the next chunk; the worker sends nothing until asked. */
  | { type: 'next' };

export type FromWorker =
  | { type: 'preview'; messages: MessageRow[]; events: EventRow[] }
  /** UTF-8 bytes of the next part of the file (transferred, not copied). */
  | { type: 'chunk'; bytes: Uint8Array<ArrayBuffer>; progress: number }
  | { type: 'done' }
  | { type: 'error'; message: string };
