// ISO 8601 dates and timestamps from CSV cells, read the same on every machine (no local time zone), and UTC day/week buckets.

const DAY_MS = 86_400_000;

// 2024-03-01, 2024-03-01T14:30, 2024-03-01 14:30:05.123Z, 2024-03-01T14:30:05+01:00 (also +0100 and +01).
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Milliseconds since 1970-01-01T00:00Z for an ISO 8601 date or date-time, or NaN when `text`
 * is not one or names an impossible date (2024-02-30, 25:00). A time without an offset is read
 * as UTC, not as the browser's local time, so the same file splits into the same days
 * everywhere; a time with an offset (Z, +01:00) is converted to UTC. A space may stand for the
 * "T" (as SQL exports write it). Fractions of a second beyond milliseconds are dropped.
 */
export function parseIsoTime(text: string): number {
  const match = ISO_TIME.exec(text);
  if (!match) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  const millisecond = fraction === '' ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  let time = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  // Date.UTC maps years 0–99 to 1900–1999.
  if (year < 100) time = new Date(time).setUTCFullYear(year);
  if (offset === undefined || offset === 'Z' || offset === 'z') return time;
  const offsetHours = Number(offset.slice(1, 3));
  const offsetMinutes = offset.length > 3 ? Number(offset.slice(-2)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return NaN;
  const sign = offset[0] === '-' ? -1 : 1;
  return time - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** Whether `text` parses as an ISO 8601 date or date-time (see parseIsoTime). */
export function isIsoTime(text: string): boolean {
  return !Number.isNaN(parseIsoTime(text));
}

/** Start (ms, UTC midnight) of the UTC day containing `time`. */
export function utcDayStart(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** Start (ms, UTC midnight on Monday) of the ISO week containing `time`; 1970-01-01 was a Thursday. */
export function utcWeekStart(time: number): number {
  const day = Math.floor(time / DAY_MS);
  return (Math.floor((day + 3) / 7) * 7 - 3) * DAY_MS;
}

/** The UTC calendar date of `time` as YYYY-MM-DD. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `time` as an ISO 8601 UTC timestamp, without milliseconds when they are 0 (2024-03-01T14:30:00Z). */
export function isoTimestamp(time: number): string {
  return new Date(time).toISOString().replace('.000Z', 'Z');
}

/** One UTC day in milliseconds. */
export const ONE_DAY_MS = DAY_MS;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
