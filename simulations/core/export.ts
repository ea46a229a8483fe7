// "Download run": a simulation's params, seed and trace as CSV or JSON text for a notebook (pure, no DOM).
import { formatValue } from './params';

/** One CSV cell before quoting. `null` (and a missing key) becomes an empty cell. */
export type CsvValue = string | number | boolean | null;

/**
 * A row of cells. Written as a mapped type rather than `Record<string, CsvValue>` so rows typed
 * by an `interface` (which has no index signature) are accepted too.
 */
export type CsvRow<Row> = { readonly [Key in keyof Row]: CsvValue | undefined };

/** A flat trace row, e.g. `{ epoch: 3, loss: 0.41, accuracy: 0.88 }`. */
export type TraceRow = Readonly<Record<string, CsvValue | undefined>>;

/** Everything needed to reproduce and analyse one run. */
export interface RunExport<Row extends CsvRow<Row> = TraceRow> {
  /** Simulation id, e.g. "classifier". */
  simulation: string;
  /** Version of the simulation's engine, so old files can be told apart when the model changes. */
  version: string | number;
  /** Every param by name (the values object the engine ran with). */
  params: Readonly<Record<string, string | number | boolean>>;
  seed: number;
  trace: readonly Row[];
}

/**
 * RFC 4180 line break. Python's csv module, pandas and R read CRLF and LF alike, and spreadsheet
 * apps expect CRLF, so the standard choice costs notebook users nothing.
 */
export const CSV_EOL = '\r\n';

/**
 * CSV text with a header row. Columns are `columns` when given (cells a row lacks stay empty),
 * otherwise every key in order of first appearance across rows, so the order is stable for a
 * given trace. Fields containing a comma, a double quote, CR or LF are quoted with quotes
 * doubled (RFC 4180); numbers are written unlocalised in their shortest exact form (0.05, 1e-7,
 * NaN, Infinity); booleans as true/false; null and missing as an empty cell. Every record,
 * including the last, ends with CRLF. No byte-order mark: notebooks do not need one. Cells are
 * not escaped against spreadsheet formula injection, because that would change the data.
 */
export function toCsv<Row extends CsvRow<Row>>(rows: readonly Row[], columns?: readonly string[]): string {
  const header = columns ?? columnsOf(rows);
  if (header.length === 0) return '';
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    const cells = row as Readonly<Record<string, unknown>>;
    lines.push(header.map((column) => csvField(Object.hasOwn(cells, column) ? cells[column] : null)).join(','));
  }
  return lines.join(CSV_EOL) + CSV_EOL;
}

/** Keys in order of first appearance across rows. */
export function columnsOf(rows: readonly object[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? formatValue(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A run as one tidy CSV table: the trace columns, then `seed`, then one `param_<name>` column per
 * param repeated on every row, so files from several runs can be concatenated and grouped by
 * setting. A param named `seed` is the `seed` column and is not repeated.
 */
export function runToCsv<Row extends CsvRow<Row>>(run: RunExport<Row>, columns?: readonly string[]): string {
  const traceColumns = columns ?? columnsOf(run.trace);
  const paramNames = Object.keys(run.params).filter((name) => name !== 'seed');
  const constant: Record<string, CsvValue> = { seed: run.seed };
  for (const name of paramNames) constant[`param_${name}`] = run.params[name] ?? null;
  const rows = run.trace.map((row) => ({ ...(row as Readonly<Record<string, CsvValue>>), ...constant }));
  return toCsv(rows, [...new Set([...traceColumns, 'seed', ...paramNames.map((name) => `param_${name}`)])]);
}

/**
 * A run as pretty JSON (2-space indent, trailing newline) with a fixed top-level order
 * (simulation, version, seed, params, trace) and every nested object's keys sorted, so the same
 * run always gives byte-identical text however its objects were built. Arrays keep their order.
 * NaN and ±Infinity become null, as in any JSON.
 */
export function runToJson<Row extends CsvRow<Row>>({ simulation, version, params, seed, trace }: RunExport<Row>): string {
  return `${JSON.stringify({ simulation, version, seed, params: sortKeys(params), trace: sortKeys(trace) }, null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

/** A safe, descriptive download name such as `classifier-seed-42.csv`. */
export function runFileName(simulation: string, seed: number, ext: 'csv' | 'json'): string {
  const slug = simulation.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'simulation';
  return `${slug}-seed-${formatValue(seed)}.${ext}`;
}
