// One "check my own CSV" request from parsed text to drift analysis, as a generator a worker can step, report on and cancel.
import { analyzeSteps, type AnalyzeSettings, type CsvAnalysis } from './analyze';
import { parseTable, type CsvIssue, type ParseResult, type Table } from './parse-table';
import { pairFiles, splitByTime, type DriftDataset, type Period } from './split';

/** The files the reader chose: a reference and a current file, or one file cut by its time column. */
export type CsvJobFiles = { mode: 'two-files'; reference: CsvText; current: CsvText } | { mode: 'one-file'; file: CsvText };

export interface CsvText {
  name: string;
  text: string;
}

/** How one file is cut: by which time column (null: the first one found), by day or week, how many periods are the reference. */
export interface OneFileSplit {
  timeColumn: string | null;
  period: Period;
  referencePeriods: number;
}

export interface CsvJobRequest {
  files: CsvJobFiles;
  split: OneFileSplit;
  settings: AnalyzeSettings;
}

/** A problem, with the file it is in. */
export interface FileIssue extends CsvIssue {
  file: string;
}

export interface CsvJobOutcome {
  /** Null when nothing could be analysed; `issues` then says why. */
  analysis: CsvAnalysis | null;
  issues: FileIssue[];
  /** Time columns of the one file, for the "split by" menu; empty with two files. */
  timeColumns: string[];
  /** The time column used, when one file was split. */
  timeColumn: string | null;
  files: { name: string; rows: number; columns: number }[];
}

export type CsvJobProgress = { phase: 'parsing'; file: string } | { phase: 'analysing'; done: number; total: number; batch: string; column: string };

/** Parses text; the worker passes a cache so changing a setting does not parse the same file again. */
export type Parse = (file: CsvText) => ParseResult;

const withFile = (file: string, issues: readonly CsvIssue[]): FileIssue[] => issues.map((issue) => ({ ...issue, file }));

export function* csvJob(request: CsvJobRequest, parse: Parse = (file) => parseTable(file.text)): Generator<CsvJobProgress, CsvJobOutcome, void> {
  const { files } = request;
  const sources = files.mode === 'two-files' ? [files.reference, files.current] : [files.file];
  const parsed: { name: string; table: Table | null }[] = [];
  const issues: FileIssue[] = [];
  for (const source of sources) {
    yield { phase: 'parsing', file: source.name };
    const result = parse(source);
    parsed.push({ name: source.name, table: result.table });
    issues.push(...withFile(source.name, result.issues));
  }
  const summaries = parsed.filter((file) => file.table).map((file) => ({ name: file.name, rows: file.table!.rowCount, columns: file.table!.columns.length }));
  const outcome = (analysis: CsvAnalysis | null, timeColumns: string[] = [], timeColumn: string | null = null): CsvJobOutcome => ({ analysis, issues, timeColumns, timeColumn, files: summaries });
  if (parsed.some((file) => file.table === null)) return outcome(null);

  let dataset: DriftDataset | null;
  let timeColumns: string[] = [];
  let timeColumn: string | null = null;
  if (files.mode === 'two-files') {
    const paired = pairFiles(parsed[0]!.table!, parsed[1]!.table!);
    issues.push(...withFile(`${files.reference.name} + ${files.current.name}`, paired.issues));
    dataset = paired.dataset;
  } else {
    const table = parsed[0]!.table!;
    timeColumns = table.columns.filter((column) => column.kind === 'time').map((column) => column.name);
    timeColumn = request.split.timeColumn !== null && timeColumns.includes(request.split.timeColumn) ? request.split.timeColumn : (timeColumns[0] ?? null);
    if (timeColumn === null) {
      issues.push({
        file: files.file.name,
        row: 1,
        column: null,
        message: 'No column holds ISO 8601 dates or timestamps (such as 2024-03-01 or 2024-03-01T14:30:00Z), so the file cannot be cut into a reference and later batches. Add a time column, or choose two files instead.',
      });
      return outcome(null);
    }
    const split = splitByTime(table, { timeColumn, by: 'period', period: request.split.period, referencePeriods: request.split.referencePeriods });
    issues.push(...withFile(files.file.name, split.issues));
    dataset = split.dataset;
  }
  if (!dataset) return outcome(null, timeColumns, timeColumn);
  const steps = analyzeSteps(dataset, request.settings);
  for (;;) {
    const step = steps.next();
    if (step.done) return outcome(step.value, timeColumns, timeColumn);
    yield { phase: 'analysing', ...step.value };
  }
}

/** Steps a job in slices of at most `sliceMs`, handing control back between slices, until it ends or `cancelled()` says stop (then null). */
export async function runCsvJob(
  job: Generator<CsvJobProgress, CsvJobOutcome, void>,
  options: { onProgress(progress: CsvJobProgress): void; cancelled(): boolean; pause(): Promise<void>; now(): number; sliceMs: number },
): Promise<CsvJobOutcome | null> {
  let sliceStart = options.now();
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
    if (options.now() - sliceStart >= options.sliceMs) {
      options.onProgress(step.value);
      await options.pause();
      if (options.cancelled()) return null;
      sliceStart = options.now();
    } else if (step.value.phase === 'parsing') {
      options.onProgress(step.value);
    }
  }
}
