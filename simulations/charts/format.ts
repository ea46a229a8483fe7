// Number formatting for axes, legends and "Show data" tables, and the row builder those tables read.

/** A table cell before formatting: a number, a ready-made string, or nothing (shown as a dash). */
export type Cell = number | string | null;

/** Anything with an x and a y: a series, or one edge of a confidence band. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

// A fixed locale keeps server and browser output identical (no hydration mismatches) and tests stable.
const LOCALE = 'en-US';
// The house style writes "99 %"; a no-break space keeps the number and its unit on one line.
const NBSP = '\u00a0';

const significant = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 4 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

/** Placeholder for a missing or non-finite value. */
export const MISSING = '—';

/** General-purpose number: integers with thousands separators, others to 4 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  return Number.isInteger(value) ? integer.format(value) : significant.format(value);
}

/** A fraction as a percentage: 0.125 → "12.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return MISSING;
  const percent = fraction * 100;
  const text = percent.toFixed(digits);
  // Strip a trailing ".0" so round values read "50 %", not "50.0 %".
  return `${digits > 0 ? text.replace(/\.0+$/, '') : text}${NBSP}%`;
}

/** Large counts in few characters: 1234 → "1.2K", 2_500_000 → "2.5M". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return MISSING;
  return compact.format(value);
}

/** A duration given in milliseconds, in the unit a reader expects: "0.42 ms", "420 ms", "1.25 s", "2.5 min". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return MISSING;
  const size = Math.abs(ms);
  if (size < 1) return `${Number(ms.toPrecision(2))}${NBSP}ms`;
  if (size < 1000) return `${Math.round(ms)}${NBSP}ms`;
  if (size < 60_000) return `${Number((ms / 1000).toFixed(2))}${NBSP}s`;
  return `${Number((ms / 60_000).toFixed(1))}${NBSP}min`;
}

/** One table cell as text: numbers through `format` (or formatNumber), missing values as a dash. */
export function formatCell(value: Cell, format: (value: number) => string = formatNumber): string {
  if (value === null) return MISSING;
  if (typeof value === 'string') return value;
  return Number.isFinite(value) ? format(value) : MISSING;
}

/** An axis or column title with its unit: ("Time", "min") → "Time (min)". */
export function axisTitle(label: string, unit?: string): string {
  return unit ? `${label} (${unit})` : label;
}

/**
 * Joins several series on x into table rows `[x, y₁, y₂, …]`, sorted by x. A series with no
 * point at some x (or a NaN there) gets `null`, so uneven series line up instead of shifting.
 * Points with a non-finite x cannot be placed on a row and are skipped.
 */
export function seriesToRows(series: readonly (readonly XY[])[]): Cell[][] {
  const byX = new Map<number, Cell[]>();
  series.forEach((points, column) => {
    for (const { x, y } of points) {
      if (!Number.isFinite(x)) continue;
      let row = byX.get(x);
      if (!row) {
        row = [x, ...series.map((): Cell => null)];
        byX.set(x, row);
      }
      row[column + 1] = Number.isFinite(y) ? y : null;
    }
  });
  return [...byX.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** The newest `max` rows (the end of a time series is what a reader of a running sim wants), and the total. */
export function lastRows<Row>(rows: readonly Row[], max: number): { rows: readonly Row[]; total: number; capped: boolean } {
  const capped = rows.length > max;
  return { rows: capped ? rows.slice(rows.length - max) : rows, total: rows.length, capped };
}
