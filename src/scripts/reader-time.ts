// Time as the reader sees it: countdowns to deadlines, offsets, today in a zone. Pure; runs in the browser.

export interface DueText {
  text: string;
  past: boolean;
}

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Chooses the unit a person would: minutes within the hour, hours within two days, then days. */
export function dueText(dueMs: number, nowMs: number): DueText {
  const diff = dueMs - nowMs;
  const size = Math.abs(diff);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    size < HOUR ? [Math.round(diff / MINUTE), 'minute'] : size < 2 * DAY ? [Math.round(diff / HOUR), 'hour'] : [Math.round(diff / DAY), 'day'];
  const when = rtf.format(value, unit);
  return diff >= 0 ? { text: `due ${when}`, past: false } : { text: `was due ${when}`, past: true };
}

/** Today's date (YYYY-MM-DD) in a time zone, from an instant. */
export function dateIn(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The UTC offset in minutes written at the end of an ISO instant ("…-06:00" → -360; "…Z" → 0). */
export function offsetMinutes(iso: string): number {
  const match = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
