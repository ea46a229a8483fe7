// Turns parsed CSV tables into a reference window and current batches: two files side by side, or one file cut by its time column.
import { isoDate, isoTimestamp, ONE_DAY_MS, utcDayStart, utcWeekStart } from './iso-time';
import type { ColumnKind, CsvIssue, Table, TableColumn } from './parse-table';

/** A column the drift checks can test. */
export interface DatasetColumn {
  name: string;
  kind: 'numeric' | 'categorical';
}

/** Some rows of one table: all of them (`rows` null) or those at the given indices. */
export interface Slice {
  label: string;
  table: Table;
  rows: Int32Array | null;
  /** Time window [start, end) in ms since the epoch, when the slice was cut by time. */
  start?: number;
  end?: number;
}

/** What the drift checks compare: the reference against each batch, column by column. */
export interface DriftDataset {
  columns: DatasetColumn[];
  reference: Slice;
  batches: Slice[];
}

/** Two files matched by header: the dataset, and what had to be left out. */
export interface PairResult {
  /** Null when the files share no testable column. */
  dataset: DriftDataset | null;
  onlyInReference: string[];
  onlyInCurrent: string[];
  /** Shared columns left out because their kinds differ between the files. */
  mismatched: string[];
  issues: CsvIssue[];
}

/** The length of a batch when one file is cut by time: a UTC day or an ISO week. */
export type Period = 'day' | 'week';

/** How one file is cut: the first periods are the reference, or everything before a cut-off time is. */
export type TimeSplit =
  | { timeColumn: string; by: 'period'; period: Period; /** Periods in the reference window; default 1. */ referencePeriods?: number }
  | { timeColumn: string; by: 'cutoff'; /** ms since the epoch; rows before it are the reference. */ cutoff: number; /** Cut the rows from the cut-off on into periods; one batch when absent. */ period?: Period };

/** One file cut by time: the dataset, and the rows that could not be placed. */
export interface TimeSplitResult {
  /** Null when the split leaves the reference or every batch empty, or the time column is unusable. */
  dataset: DriftDataset | null;
  /** File rows (header = row 1) whose time is missing or unparseable; they are in no slice. */
  rowsWithoutTime: number[];
  issues: CsvIssue[];
}

/** Rows listed by number in a summary issue before the rest are only counted. */
export const MAX_ROWS_LISTED = 20;

/**
 * Pairs a reference file with a current file by header name. Columns in only one file are
 * reported and left out; so is a shared column whose kind differs (numeric in one, categorical in
 * the other), since comparing them would compare the parser's guesses, not the data. A column
 * that is empty in one file takes the other file's kind. Time columns are shared but not tested.
 */
export function pairFiles(reference: Table, current: Table): PairResult {
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  const referenceNames = new Set(reference.columns.map((column) => column.name));
  const onlyInReference = reference.columns.filter((column) => !currentByName.has(column.name)).map((column) => column.name);
  const onlyInCurrent = current.columns.filter((column) => !referenceNames.has(column.name)).map((column) => column.name);
  const issues: CsvIssue[] = [];
  for (const name of onlyInReference) issues.push({ row: 1, column: name, message: `Column "${name}" is only in the reference file; it is left out.` });
  for (const name of onlyInCurrent) issues.push({ row: 1, column: name, message: `Column "${name}" is only in the current file; it is left out.` });

  const columns: DatasetColumn[] = [];
  const mismatched: string[] = [];
  const referenceTable = { ...reference, columns: [...reference.columns] };
  const currentTable = { ...current, columns: [...current.columns] };
  reference.columns.forEach((referenceColumn, r) => {
    const currentColumn = currentByName.get(referenceColumn.name);
    if (!currentColumn) return;
    const c = current.columns.indexOf(currentColumn);
    let kind: ColumnKind = referenceColumn.kind;
    if (isEmpty(referenceColumn) && !isEmpty(currentColumn)) {
      kind = currentColumn.kind;
      referenceTable.columns[r] = emptyColumn(referenceColumn.name, kind, reference.rowCount);
    } else if (isEmpty(currentColumn) && !isEmpty(referenceColumn)) {
      currentTable.columns[c] = emptyColumn(currentColumn.name, kind, current.rowCount);
    } else if (currentColumn.kind !== kind) {
      mismatched.push(referenceColumn.name);
      issues.push({
        row: null,
        column: referenceColumn.name,
        message: `Column "${referenceColumn.name}" is ${referenceColumn.kind} in the reference file but ${currentColumn.kind} in the current file; it is left out. Check that column in both files, or set its kind.`,
      });
      return;
    }
    if (kind !== 'time') columns.push({ name: referenceColumn.name, kind });
  });
  if (columns.length === 0) {
    issues.push({ row: null, column: null, message: 'The two files share no numeric or categorical column, so there is nothing to compare.' });
    return { dataset: null, onlyInReference, onlyInCurrent, mismatched, issues };
  }
  const dataset: DriftDataset = {
    columns,
    reference: { label: 'reference', table: referenceTable, rows: null },
    batches: [{ label: 'current', table: currentTable, rows: null }],
  };
  return { dataset, onlyInReference, onlyInCurrent, mismatched, issues };
}

/**
 * Cuts one file into a reference window and consecutive current batches by its time column:
 * by UTC day or ISO week (Monday to Sunday, UTC), the first `referencePeriods` periods being the
 * reference; or by a cut-off time, rows before it being the reference and the rest one batch
 * (or one batch per period). Periods without rows are not batches. Rows without a time are
 * reported and left out. Every other numeric or categorical column is tested.
 */
export function splitByTime(table: Table, split: TimeSplit): TimeSplitResult {
  const issues: CsvIssue[] = [];
  const column = table.columns.find((candidate) => candidate.name === split.timeColumn);
  if (!column || column.kind !== 'time') {
    const message = column
      ? `Column "${split.timeColumn}" is ${column.kind}, not a time column; it needs ISO 8601 dates or timestamps such as 2024-03-01 or 2024-03-01T14:30:00Z.`
      : `There is no column named "${split.timeColumn}" to split the file by.`;
    return { dataset: null, rowsWithoutTime: [], issues: [{ row: column ? null : 1, column: split.timeColumn, message }] };
  }
  const times = column.values;
  const rowsWithoutTime: number[] = [];
  for (let i = 0; i < table.rowCount; i++) if (Number.isNaN(times[i]!)) rowsWithoutTime.push(table.fileRows[i]!);
  if (rowsWithoutTime.length > 0) issues.push(noTimeIssue(split.timeColumn, rowsWithoutTime));

  const columns: DatasetColumn[] = table.columns.filter((candidate) => candidate.kind !== 'time').map(({ name, kind }) => ({ name, kind: kind as DatasetColumn['kind'] }));
  if (columns.length === 0) issues.push({ row: null, column: null, message: 'The file has no numeric or categorical column besides its time column, so there is nothing to compare.' });

  const periodStart = (time: number) => (periodOf(split) === 'week' ? utcWeekStart(time) : utcDayStart(time));
  const slices = new Map<number, number[]>();
  const reference: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const time = times[i]!;
    if (Number.isNaN(time)) continue;
    if (split.by === 'cutoff' && time < split.cutoff) {
      reference.push(i);
      continue;
    }
    const key = split.by === 'cutoff' && split.period === undefined ? split.cutoff : periodStart(time);
    let rows = slices.get(key);
    if (!rows) slices.set(key, (rows = []));
    rows.push(i);
  }
  const starts = [...slices.keys()].sort((a, b) => a - b);
  let referenceSlice: Slice;
  if (split.by === 'period') {
    const count = split.referencePeriods ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`referencePeriods must be a whole number ≥ 1, got ${count}.`);
    const referenceStarts = starts.splice(0, count);
    // A loop, not push(...rows): spreading 100,000 arguments overflows the stack.
    for (const start of referenceStarts) for (const row of slices.get(start)!) reference.push(row);
    reference.sort((a, b) => a - b);
    const first = referenceStarts[0];
    const last = referenceStarts[referenceStarts.length - 1];
    referenceSlice = { label: 'reference', table, rows: Int32Array.from(reference), ...(first === undefined || last === undefined ? {} : { start: first, end: periodEnd(last, split.period) }) };
  } else {
    referenceSlice = { label: 'reference', table, rows: Int32Array.from(reference), end: split.cutoff };
  }
  const batches = starts.map((start): Slice => {
    const end = split.by === 'cutoff' && split.period === undefined ? undefined : periodEnd(start, periodOf(split));
    return { label: batchLabel(start, split), table, rows: Int32Array.from(slices.get(start)!), start, ...(end === undefined ? {} : { end }) };
  });

  if (reference.length === 0) {
    const when = split.by === 'cutoff' ? `before ${isoTimestamp(split.cutoff)}` : 'in the reference window';
    issues.push({ row: null, column: split.timeColumn, message: `No row has a time ${when}, so the reference window is empty.` });
  }
  if (batches.length === 0 && reference.length > 0) {
    const why = split.by === 'cutoff' ? `at or after ${isoTimestamp(split.cutoff)}` : `after the first ${split.referencePeriods ?? 1} ${periodOf(split)}(s)`;
    issues.push({ row: null, column: split.timeColumn, message: `No row has a time ${why}, so there is no current batch to compare with the reference.` });
  }
  const usable = reference.length > 0 && batches.length > 0 && columns.length > 0;
  return { dataset: usable ? { columns, reference: referenceSlice, batches } : null, rowsWithoutTime, issues };
}

/** The row indices a slice covers, in order. */
export function sliceRows(slice: Slice): Int32Array {
  if (slice.rows) return slice.rows;
  const all = new Int32Array(slice.table.rowCount);
  for (let i = 0; i < all.length; i++) all[i] = i;
  return all;
}

function periodOf(split: TimeSplit): Period {
  return split.period ?? 'day';
}

function periodEnd(start: number, period: Period): number {
  return start + (period === 'week' ? 7 : 1) * ONE_DAY_MS;
}

function batchLabel(start: number, split: TimeSplit): string {
  if (split.by === 'cutoff' && split.period === undefined) return `from ${isoTimestamp(start)}`;
  return periodOf(split) === 'week' ? `week of ${isoDate(start)}` : isoDate(start);
}

function noTimeIssue(column: string, rows: readonly number[]): CsvIssue {
  const listed = rows.slice(0, MAX_ROWS_LISTED).join(', ');
  const rest = rows.length > MAX_ROWS_LISTED ? ` and ${rows.length - MAX_ROWS_LISTED} more` : '';
  const count = rows.length === 1 ? `Row ${listed} has` : `${rows.length} rows (${listed}${rest}) have`;
  return { row: rows[0]!, column, message: `${count} no time in column "${column}"; ${rows.length === 1 ? 'it is' : 'they are'} left out.` };
}

function isEmpty(column: TableColumn): boolean {
  return column.missing === column.values.length;
}

function emptyColumn(name: string, kind: ColumnKind, rows: number): TableColumn {
  if (kind === 'categorical') return { name, kind, values: new Array<string | null>(rows).fill(null), missing: rows };
  return { name, kind, values: new Float64Array(rows).fill(NaN), missing: rows };
}
