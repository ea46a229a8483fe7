// Messages between the drift view and the CSV worker: files and settings in, progress and the analysis out.
import type { AnalyzeSettings } from './analyze';
import type { CsvJobOutcome, CsvJobProgress, OneFileSplit } from './csv-job';

/** The chosen files as the browser holds them; the worker reads them, so a large file is never read on the page. */
export type CsvFiles = { mode: 'two-files'; reference: File; current: File } | { mode: 'one-file'; file: File };

export type ToCsvWorker = { type: 'analyze'; id: number; files: CsvFiles; split: OneFileSplit; settings: AnalyzeSettings } | { type: 'cancel'; id: number };

export type FromCsvWorker =
  | { type: 'progress'; id: number; progress: CsvJobProgress }
  | { type: 'done'; id: number; outcome: CsvJobOutcome }
  | { type: 'error'; id: number; message: string };
