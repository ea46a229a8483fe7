// iCalendar (RFC 5545) writer for the course feed: lectures and deadlines as events in the course time zone.
import { Temporal } from 'temporal-polyfill';
import { basicDateTime, vtimezone } from './vtimezone';

export interface CalendarEvent {
  /** Stable identity without '@', e.g. "lecture-interactive-batch-streaming" or "due-baseline-classifier". */
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  /** Local wall-clock start in the calendar's time zone: 'YYYY-MM-DDTHH:MM'. */
  start: string;
  /** Local wall-clock end, same format. Omit for a deadline (a zero-length event at `start`). */
  end?: string | undefined;
  categories?: string[] | undefined;
}

export interface CalendarInput {
  /** Calendar name, written as X-WR-CALNAME and NAME. */
  name: string;
  /** IANA time zone of all event times, e.g. "America/Chicago". */
  timezone: string;
  /** Domain-like suffix that makes UIDs globally unique, e.g. "sml-401.shipping-ml" (UID = `${uid}@${uidDomain}`). */
  uidDomain: string;
  /** UTC instant for DTSTAMP, ISO 8601 like '2026-11-23T19:00:00Z'. */
  stamp: string;
  events: CalendarEvent[];
}

const PRODID = '-//Shipping ML//Course calendar//EN';
/** Subscribed clients poll at most this often; deadlines move rarely, and a day-old copy is tolerable. */
const REFRESH = 'PT12H';
/** RFC 5545 §3.1: content lines longer than this many octets must be folded. */
const MAX_LINE_OCTETS = 75;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The whole .ics file. Same input, same bytes, so a regenerated feed does not churn. */
export function writeCalendar(input: CalendarInput): string {
  const utc = input.timezone === 'UTC' || input.timezone === 'Etc/UTC';
  const instant = Temporal.Instant.from(input.stamp);
  instant.toZonedDateTimeISO(input.timezone); // throws on an unknown zone, even when no event needs a VTIMEZONE
  const stamp = `${basicDateTime(instant.toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(input.name)}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${input.timezone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ];

  const events = input.events.map((event) => ({
    event,
    start: localDateTime(event.start, event.uid),
    end: event.end === undefined ? undefined : localDateTime(event.end, event.uid),
  }));
  const times = events.flatMap(({ start, end }) => (end ? [start, end] : [start]));
  if (!utc && times.length > 0) {
    const sorted = times.map((t) => t.toPlainDate()).sort(Temporal.PlainDate.compare);
    // A day of slack either side: a client may convert an edge event across midnight before looking it up.
    lines.push(...vtimezone(input.timezone, sorted[0]!.subtract({ days: 1 }).toString(), sorted[sorted.length - 1]!.add({ days: 1 }).toString()));
  }

  const dateTime = (name: string, t: Temporal.PlainDateTime) =>
    utc ? `${name}:${basicDateTime(t)}Z` : `${name};TZID=${input.timezone}:${basicDateTime(t)}`;
  const seen = new Set<string>();
  for (const { event, start, end } of events) {
    if (event.uid.includes('@')) throw new Error(`ics: uid "${event.uid}" must not contain '@'; the domain is added from uidDomain`);
    if (seen.has(event.uid)) throw new Error(`ics: duplicate uid "${event.uid}"; clients would merge the two events`);
    seen.add(event.uid);
    if (end && Temporal.PlainDateTime.compare(end, start) < 0) throw new RangeError(`ics: event "${event.uid}" ends (${event.end}) before it starts (${event.start})`);
    const categories = event.categories?.filter((c) => c !== '') ?? [];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}@${input.uidDomain}`,
      `DTSTAMP:${stamp}`,
      dateTime('DTSTART', start),
      ...(end ? [dateTime('DTEND', end)] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${uri(event.url, event.uid)}`] : []),
      ...(categories.length > 0 ? [`CATEGORIES:${categories.map(escapeText).join(',')}`] : []),
      // A deadline is a moment, not a meeting: it should not mark anyone busy.
      `TRANSP:${end ? 'OPAQUE' : 'TRANSPARENT'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // Other control characters are not allowed in TEXT at all, and no client could show them.
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * RFC 5545 §3.1 folding: at most 75 octets of UTF-8 per physical line, continuation lines start with
 * one space (which counts). Splits only between code points, so no multi-byte character is cut.
 */
export function foldLine(line: string): string {
  let folded = '';
  let width = 0;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0)!);
    if (width + octets > MAX_LINE_OCTETS) {
      folded += '\r\n ';
      width = 1;
    }
    folded += char;
    width += octets;
  }
  return folded;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // Lone surrogates land here too; TextEncoder writes them as U+FFFD, also three octets.
  return codePoint < 0x10000 ? 3 : 4;
}

function localDateTime(value: string, uid: string): Temporal.PlainDateTime {
  if (!LOCAL_DATE_TIME.test(value)) throw new RangeError(`ics: event "${uid}" time "${value}" is not YYYY-MM-DDTHH:MM`);
  return Temporal.PlainDateTime.from(value);
}

/** URL is of type URI, which is written as is; only a line break or space could corrupt the file. */
function uri(value: string, uid: string): string {
  if (/[\s\p{Cc}]/u.test(value)) throw new Error(`ics: event "${uid}" url contains whitespace or a control character: ${JSON.stringify(value)}`);
  return value;
}
