// Parses a dropped CSV file into typed columns (numeric, categorical, time), with errors that name the row and the column.
import { csvParseRows } from 'd3';
import { parseIsoTime } from './iso-time';

/** What a column holds, inferred from its cells or set by the reader. */
export type ColumnKind = 'numeric' | 'categorical' | 'time';

/** A numeric column; NaN marks a missing (or unreadable) cell. */
export interface NumericColumn {
  name: string;
  kind: 'numeric';
  values: Float64Array;
  /** Cells read as missing: empty, a missing marker, or unreadable. */
  missing: number;
}

/** A categorical column; null marks a missing cell. Labels are trimmed of surrounding spaces. */
export interface CategoricalColumn {
  name: string;
  kind: 'categorical';
  values: (string | null)[];
  missing: number;
}

/** A time column in milliseconds since 1970-01-01T00:00Z; NaN marks a missing or unparseable time. */
export interface TimeColumn {
  name: string;
  kind: 'time';
  values: Float64Array;
  missing: number;
}

/** One typed column of a parsed file. */
export type TableColumn = NumericColumn | CategoricalColumn | TimeColumn;

/** A parsed file: typed columns over the well-formed data rows. */
export interface Table {
  /** In header order. A column whose every cell is missing is categorical with only nulls. */
  columns: TableColumn[];
  /** Data rows kept. */
  rowCount: number;
  /** The file row of each kept data row, 1-based with the header as row 1 (a quoted field spanning lines is still one row). */
  fileRows: Int32Array;
  /** Data rows dropped because they had the wrong number of fields. Blank lines are skipped without counting. */
  skippedRows: number;
}

/** A problem with the file. `row` is 1-based with the header as row 1, null when it concerns no single row. */
export interface CsvIssue {
  row: number | null;
  /** The header name of the column concerned, or null (a whole row, a nameless column). */
  column: string | null;
  /** A complete sentence that names the row and column itself, ready to show as it is. */
  message: string;
}

/** The table, if anything could be read, and every problem found on the way. */
export interface ParseResult {
  /** Null when nothing could be read: an empty file, a header alone, a bad header, or no well-formed data row. */
  table: Table | null;
  issues: CsvIssue[];
}

/** How to read the cells. */
export interface ParseOptions {
  /** Kinds to use instead of inferring them, by header name (a "treat as" menu). Unknown names are ignored. */
  kinds?: Readonly<Record<string, ColumnKind>>;
  /** Cell texts read as missing besides the empty cell, compared after trimming. Defaults to MISSING_MARKERS. */
  missingMarkers?: readonly string[];
}

/** Markers that spreadsheets, pandas and R write for a missing value (a subset of pandas' defaults). */
export const MISSING_MARKERS: readonly string[] = ['NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None'];
/** Unreadable cells reported one by one per column; the rest are counted in one summary issue. */
export const MAX_CELL_ISSUES_PER_COLUMN = 20;
/** Malformed rows reported one by one; the rest are counted in one summary issue. */
export const MAX_ROW_ISSUES = 20;
/** A column counts as numeric (or time) with errors when at least this share of its non-missing cells read as such. */
export const MOSTLY_SHARE = 0.95;

// Plain decimal notation only: Number() alone would also accept "0x1F", "Infinity" and "".
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a cell holds, or NaN unless it is a finite number in plain decimal notation (1, -2.5, .5, 1e-3). */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : NaN;
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks; LF or CRLF;
 * a UTF-8 byte-order mark is dropped) into typed columns. Header names are trimmed and must be
 * non-empty and unique. Blank lines are skipped; a row with the wrong number of fields is
 * reported and skipped. A column is numeric when its non-missing cells are numbers, time when
 * they are ISO 8601 dates or timestamps, otherwise categorical; when at least MOSTLY_SHARE of
 * them are numbers (or times) the column keeps that kind and each odd cell is reported and read
 * as missing. Empty cells and MISSING_MARKERS are missing values. Nothing is thrown for bad
 * input: problems come back as issues.
 */
export function parseTable(text: string, options: ParseOptions = {}): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return fail({ row: 1, column: null, message: 'The file is empty; it needs a header row with column names and at least one data row.' });
  }
  const records = csvParseRows(source);
  const header = records[0]!.map((name) => name.trim());
  const headerIssues = checkHeader(header);
  if (headerIssues.length > 0) return { table: null, issues: headerIssues };

  const issues: CsvIssue[] = [];
  const kept: string[][] = [];
  const fileRows: number[] = [];
  let ragged = 0;
  let firstUnreported = 0;
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const row = r + 1;
    if (record.length === 1 && record[0]!.trim() === '') continue;
    if (record.length === header.length) {
      kept.push(record);
      fileRows.push(row);
      continue;
    }
    ragged++;
    if (ragged <= MAX_ROW_ISSUES) issues.push(raggedIssue(row, record, header));
    else if (ragged === MAX_ROW_ISSUES + 1) firstUnreported = row;
  }
  if (ragged > MAX_ROW_ISSUES) {
    const more = ragged - MAX_ROW_ISSUES;
    issues.push({ row: firstUnreported, column: null, message: `${more} more ${more === 1 ? 'row' : 'rows'} from row ${firstUnreported} on ${more === 1 ? 'has' : 'have'} the wrong number of fields too and ${more === 1 ? 'is' : 'are'} skipped.` });
  }
  if (kept.length === 0) {
    if (ragged === 0) return fail({ row: 2, column: null, message: 'The file has a header but no data rows.' });
    issues.push({ row: null, column: null, message: `No data row has the header's ${header.length} fields, so nothing could be read.` });
    return { table: null, issues };
  }

  const missing = new Set(options.missingMarkers ?? MISSING_MARKERS);
  missing.add('');
  const columns = header.map((name, c) => readColumn(name, c, kept, fileRows, missing, options.kinds?.[name], issues));
  return { table: { columns, rowCount: kept.length, fileRows: Int32Array.from(fileRows), skippedRows: ragged }, issues };
}

function fail(issue: CsvIssue): ParseResult {
  return { table: null, issues: [issue] };
}

function checkHeader(header: readonly string[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const firstAt = new Map<string, number>();
  header.forEach((name, c) => {
    if (name === '') {
      issues.push({ row: 1, column: null, message: `Row 1 (the header), column ${c + 1}: the column has no name; every column needs one.` });
      return;
    }
    const first = firstAt.get(name);
    if (first === undefined) firstAt.set(name, c);
    else issues.push({ row: 1, column: name, message: `Row 1 (the header): columns ${first + 1} and ${c + 1} are both named "${name}"; column names must be unique.` });
  });
  return issues;
}

function raggedIssue(row: number, record: readonly string[], header: readonly string[]): CsvIssue {
  const fields = `Row ${row} has ${record.length} ${record.length === 1 ? 'field' : 'fields'} but the header has ${header.length}`;
  // An unclosed quote swallows line breaks and the rows after them into one field.
  const hint = record.some((field) => field.includes('\n')) ? ' A field spans several lines: is a closing quote missing?' : '';
  if (record.length < header.length) {
    const column = header[record.length]!;
    return { row, column, message: `${fields}, so column "${column}" onwards has no value; the row is skipped.${hint}` };
  }
  return { row, column: null, message: `${fields}; the row is skipped.${hint}` };
}

function readColumn(
  name: string,
  c: number,
  rows: readonly (readonly string[])[],
  fileRows: readonly number[],
  missingMarkers: ReadonlySet<string>,
  override: ColumnKind | undefined,
  issues: CsvIssue[],
): TableColumn {
  const n = rows.length;
  // A column with more unreadable cells than this cannot be mostly numbers (or times), so reading stops early.
  const inferLimit = (1 - MOSTLY_SHARE) * n;
  const texts: (string | null)[] = new Array<string | null>(n);
  let numbers: Float64Array | null = override === undefined || override === 'numeric' ? new Float64Array(n) : null;
  let present = 0;
  let notNumeric = 0;
  for (let i = 0; i < n; i++) {
    const text = rows[i]![c]!.trim();
    const missing = missingMarkers.has(text);
    texts[i] = missing ? null : text;
    if (!missing) present++;
    if (numbers === null) continue;
    const value = missing ? NaN : parseDecimal(text);
    numbers[i] = value;
    if (!missing && value !== value && ++notNumeric > inferLimit && override === undefined) numbers = null;
  }
  const missingCount = n - present;
  let kind = override;
  let times: Float64Array | null = null;
  if (kind === undefined) {
    if (present > 0 && numbers !== null && notNumeric <= (1 - MOSTLY_SHARE) * present) kind = 'numeric';
    else if (present > 0 && (times = parseTimes(texts, inferLimit)) !== null && countUnreadable(times, texts) <= (1 - MOSTLY_SHARE) * present) kind = 'time';
    else kind = 'categorical';
  }
  if (kind === 'categorical') return { name, kind, values: texts, missing: missingCount };
  const values = kind === 'numeric' ? numbers! : (times ?? parseTimes(texts, Infinity)!);
  const bad = reportUnreadable(name, kind, values, texts, fileRows, issues);
  return { name, kind, values, missing: missingCount + bad };
}

/** Times of the cells, or null as soon as more than `limit` cells with text are not times. */
function parseTimes(texts: readonly (string | null)[], limit: number): Float64Array | null {
  const times = new Float64Array(texts.length);
  let unreadable = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const time = text === null || text === undefined ? NaN : parseIsoTime(text);
    times[i] = time;
    if (text !== null && time !== time && ++unreadable > limit) return null;
  }
  return times;
}

/** Cells that hold text but did not read as a value. */
function countUnreadable(values: Float64Array, texts: readonly (string | null)[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (texts[i] !== null && Number.isNaN(values[i]!)) count++;
  return count;
}

function reportUnreadable(name: string, kind: 'numeric' | 'time', values: Float64Array, texts: readonly (string | null)[], fileRows: readonly number[], issues: CsvIssue[]): number {
  let bad = 0;
  let firstUnreported = 0;
  for (let i = 0; i < values.length; i++) {
    const text = texts[i];
    if (text === null || text === undefined || !Number.isNaN(values[i]!)) continue;
    bad++;
    const row = fileRows[i]!;
    if (bad <= MAX_CELL_ISSUES_PER_COLUMN) {
      const what = kind === 'numeric' ? `${quote(text)} is not a number, but the rest of the column is numeric; the cell is read as missing.` : `${quote(text)} is not an ISO 8601 date or time (such as 2024-03-01 or 2024-03-01T14:30:00Z); the row has no time.`;
      issues.push({ row, column: name, message: `Row ${row}, column "${name}": ${what}` });
    } else if (bad === MAX_CELL_ISSUES_PER_COLUMN + 1) firstUnreported = row;
  }
  if (bad > MAX_CELL_ISSUES_PER_COLUMN) {
    const more = bad - MAX_CELL_ISSUES_PER_COLUMN;
    const one = more === 1;
    const what = kind === 'numeric' ? `${one ? 'is not a number' : 'are not numbers'} either and ${one ? 'is' : 'are'} read as missing` : `${one ? 'is not an ISO 8601 time' : 'are not ISO 8601 times'} either; ${one ? 'that row has' : 'those rows have'} no time`;
    issues.push({ row: firstUnreported, column: name, message: `Column "${name}": ${more} more ${one ? 'cell' : 'cells'} from row ${firstUnreported} on ${what}.` });
  }
  return bad;
}

/** The cell in quotes, cut to 40 characters so a runaway field does not flood the message. */
function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}
