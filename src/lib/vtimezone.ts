// VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, built from the tz data Temporal sees, so no hand-kept tables.
import { Temporal } from 'temporal-polyfill';

interface Observance {
  /** Instant the offset takes effect; absent when the zone has never changed offset. */
  at: Temporal.ZonedDateTime | undefined;
  offsetFrom: number;
  offsetTo: number;
}

/**
 * Content lines (unfolded, no CRLF) of a VTIMEZONE valid for every instant from the start of `from`
 * to the end of `to` (plain dates, YYYY-MM-DD): the observance in force at `from`, then one per transition.
 * Each is a one-off DTSTART without RRULE, which clients expand correctly and which keeps it exact even
 * in years when a zone changes its rules.
 */
export function vtimezone(timeZone: string, from: string, to: string): string[] {
  const start = Temporal.PlainDate.from(from).toZonedDateTime(timeZone);
  const end = Temporal.PlainDate.from(to).add({ days: 1 }).toZonedDateTime(timeZone);
  if (Temporal.ZonedDateTime.compare(start, end) >= 0) throw new RangeError(`vtimezone: ${from} is after ${to}`);

  const previous = start.getTimeZoneTransition('previous') ?? undefined;
  const observances: Observance[] = [
    { at: previous, offsetFrom: previous ? offsetBefore(previous) : start.offsetNanoseconds, offsetTo: start.offsetNanoseconds },
  ];
  for (let t = start.getTimeZoneTransition('next'); t && Temporal.ZonedDateTime.compare(t, end) < 0; t = t.getTimeZoneTransition('next')) {
    observances.push({ at: t, offsetFrom: offsetBefore(t), offsetTo: t.offsetNanoseconds });
  }

  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const { at, offsetFrom, offsetTo } of observances) {
    const year = at ? localTime(at, offsetFrom).year : start.year;
    const kind = offsetTo > standardOffset(timeZone, year) ? 'DAYLIGHT' : 'STANDARD';
    const name = at ? zoneAbbreviation(timeZone, at.epochMilliseconds) : undefined;
    lines.push(
      `BEGIN:${kind}`,
      // RFC 5545 wants the onset in the local time that was in force before it, i.e. in the OLD offset.
      `DTSTART:${at ? basicDateTime(localTime(at, offsetFrom)) : '19700101T000000'}`,
      `TZOFFSETFROM:${utcOffset(offsetFrom)}`,
      `TZOFFSETTO:${utcOffset(offsetTo)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** YYYYMMDDTHHMMSS, the RFC 5545 "basic" form. */
export function basicDateTime(t: Temporal.PlainDateTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

function offsetBefore(transition: Temporal.ZonedDateTime): number {
  return transition.subtract({ nanoseconds: 1 }).offsetNanoseconds;
}

// Arithmetic rather than an offset time zone: Temporal only accepts ±HH:MM zones, and LMT offsets have seconds.
function localTime(at: Temporal.ZonedDateTime, offsetNanoseconds: number): Temporal.PlainDateTime {
  const shifted = Temporal.Instant.fromEpochNanoseconds(at.epochNanoseconds + BigInt(offsetNanoseconds));
  return shifted.toZonedDateTimeISO('UTC').toPlainDateTime();
}

/** ±HHMM, or ±HHMMSS for the odd historical offset with seconds. */
function utcOffset(nanoseconds: number): string {
  const totalSeconds = Math.round(Math.abs(nanoseconds) / 1e9);
  const [h, m, s] = [Math.floor(totalSeconds / 3600), Math.floor(totalSeconds / 60) % 60, totalSeconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${nanoseconds < 0 ? '-' : '+'}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

const standardOffsets = new Map<string, number>();

/** The smallest offset the zone uses in `year`; anything above it is daylight saving time. */
function standardOffset(timeZone: string, year: number): number {
  const key = `${timeZone} ${year}`;
  const cached = standardOffsets.get(key);
  if (cached !== undefined) return cached;
  const yearEnd = Temporal.PlainDate.from({ year: year + 1, month: 1, day: 1 }).toZonedDateTime(timeZone);
  let t = Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime(timeZone);
  let smallest = t.offsetNanoseconds;
  for (let next = t.getTimeZoneTransition('next'); next && Temporal.ZonedDateTime.compare(next, yearEnd) < 0; next = t.getTimeZoneTransition('next')) {
    t = next;
    smallest = Math.min(smallest, t.offsetNanoseconds);
  }
  standardOffsets.set(key, smallest);
  return smallest;
}

/**
 * CST, CEST…: ICU only gives an abbreviation in a locale where it is customary (en-US for American
 * zones, en-GB for most European ones, en-AU for Sydney…); otherwise it answers "GMT+9", which is no
 * name, so TZNAME is left out (it is optional and only for display).
 */
function zoneAbbreviation(timeZone: string, epochMilliseconds: number): string | undefined {
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-IE']) {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(epochMilliseconds);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+\-\u2212]/.test(name)) return name;
  }
  return undefined;
}
