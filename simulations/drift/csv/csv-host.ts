// Runs CSV jobs for the page: reads the files, parses each once (cached by name, size and date), analyses in slices and answers cancels.
import { csvJob, runCsvJob, type CsvJobFiles, type CsvText } from './csv-job';
import type { CsvFiles, FromCsvWorker, ToCsvWorker } from './csv-protocol';
import { parseTable, type ParseResult } from './parse-table';

/** Work between two looks at the message queue; short, so a cancel or a new request is seen quickly. */
const SLICE_MS = 50;

export interface CsvPort {
  postMessage(message: FromCsvWorker): void;
  onmessage: ((event: MessageEvent<ToCsvWorker>) => void) | null;
}

interface Cached {
  text: CsvText;
  parsed?: ParseResult;
}

const fileKey = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
const filesOf = (files: CsvFiles) => (files.mode === 'two-files' ? [files.reference, files.current] : [files.file]);

export function handleCsvMessages(port: CsvPort): void {
  let latest = 0;
  // Only the files of the latest request stay cached: a reader trying file after file should not pile them up.
  let cache = new Map<string, Cached>();

  const load = async (files: CsvFiles): Promise<Map<string, Cached>> => {
    const next = new Map<string, Cached>();
    for (const file of filesOf(files)) {
      const key = fileKey(file);
      next.set(key, cache.get(key) ?? next.get(key) ?? { text: { name: file.name, text: await file.text() } });
    }
    return next;
  };

  port.onmessage = async (event) => {
    const message = event.data;
    latest = Math.max(latest, message.id);
    if (message.type === 'cancel') return;
    const { id } = message;
    try {
      const loaded = await load(message.files);
      if (latest !== id) return;
      cache = loaded;
      const entryOf = (file: File) => loaded.get(fileKey(file))!;
      const texts: CsvJobFiles =
        message.files.mode === 'two-files'
          ? { mode: 'two-files', reference: entryOf(message.files.reference).text, current: entryOf(message.files.current).text }
          : { mode: 'one-file', file: entryOf(message.files.file).text };
      const parse = (source: CsvText): ParseResult => {
        const entry = [...loaded.values()].find((candidate) => candidate.text === source)!;
        return (entry.parsed ??= parseTable(source.text));
      };
      const outcome = await runCsvJob(csvJob({ files: texts, split: message.split, settings: message.settings }, parse), {
        onProgress: (progress) => port.postMessage({ type: 'progress', id, progress }),
        cancelled: () => latest !== id,
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        now: () => performance.now(),
        sliceMs: SLICE_MS,
      });
      if (outcome && latest === id) port.postMessage({ type: 'done', id, outcome });
    } catch (error) {
      port.postMessage({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
