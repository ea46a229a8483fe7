// Writes generated rows as CSV (RFC 4180) or JSON Lines, a header first for CSV.
import type { Format } from './options';

type Row = Readonly<Record<string, string | number>>;

/** Quotes a CSV field only when it must: commas, quotes or line breaks inside. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function header(format: Format, columns: readonly string[]): string {
  return format === 'csv' ? `${columns.join(',')}\n` : '';
}

/** Rows as text in `columns` order, each line ending in a newline. */
export function encodeRows(format: Format, columns: readonly string[], rows: readonly Row[]): string {
  let out = '';
  for (const row of rows) {
    if (format === 'csv') out += `${columns.map((column) => csvField(row[column]!)).join(',')}\n`;
    else out += `${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column]])))}\n`;
  }
  return out;
}
