// Public face of the Relay data generator: options, batches of rows, and text for one table at a time.
import { encodeRows, header } from './formats';
import { generateRelayData, type GenerateSettings } from './generate';
import { MESSAGE_COLUMNS } from './message-row';
import type { Format, RelayDataOptions } from './options';
import { EVENT_COLUMNS } from './user-events';

export * from './options';
export { generateRelayData, type Batch } from './generate';
export { MESSAGE_COLUMNS, type MessageRow } from './message-row';
export { EVENT_COLUMNS, EVENT_TYPES, type EventRow } from './user-events';

export const TABLES = ['messages', 'user_events'] as const;
export type Table = (typeof TABLES)[number];

export const fileName = (table: Table, format: Format) => `${table}.${format}`;

/**
 * One table's file as text chunks, header first; `onProgress` gets the share of messages generated.
 * Joining the chunks gives the file; the CLI and the page both write exactly these bytes.
 */
export function* tableChunks(options: RelayDataOptions, table: Table, format: Format, settings: GenerateSettings = {}): Generator<{ text: string; progress: number }> {
  const columns = table === 'messages' ? MESSAGE_COLUMNS : EVENT_COLUMNS;
  yield { text: header(format, columns), progress: 0 };
  for (const batch of generateRelayData(options, settings)) {
    const rows = table === 'messages' ? batch.messages : batch.events;
    yield { text: encodeRows(format, columns, rows as unknown as Readonly<Record<string, string | number>>[]), progress: batch.progress };
  }
}
