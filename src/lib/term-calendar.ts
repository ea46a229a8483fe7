// Term calendar: from a term start, weekly meetings, holidays and break weeks to concrete dates.
import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, type Weekday } from '../schemas/fields';

export interface TermInput {
  /** First day of teaching week 1, YYYY-MM-DD. */
  start: string;
  /** Number of teaching weeks. */
  weeks: number;
  timezone: string;
  meetings: readonly { day: Weekday; start: string; end: string; location?: string | undefined }[];
  holidays: readonly { date: string; name: string; makeup?: string | undefined }[];
  breaks: readonly { week_of: string; name: string }[];
}

export type CalendarRow =
  | { kind: 'week'; week: number; start: string; end: string }
  | { kind: 'break'; name: string; start: string; end: string };

export interface Meeting {
  date: string;
  start: string;
  end: string;
  location?: string;
  /** Set when a holiday cancels the meeting. */
  cancelledBy?: string;
  /** Set on a make-up meeting: the date of the meeting it replaces. */
  makeupFor?: string;
}

export interface DueTime {
  /** Calendar date in the course time zone. */
  date: string;
  /** Wall-clock time in the course time zone. */
  time: string;
  /** ISO 8601 instant with offset, e.g. 2027-01-29T23:59:00-06:00, for machines and browsers. */
  iso: string;
}

const date = (iso: string) => Temporal.PlainDate.from(iso);
const mondayOf = (d: Temporal.PlainDate) => d.subtract({ days: d.dayOfWeek - 1 });
const isoDayOf = (day: Weekday) => WEEKDAYS.indexOf(day) + 1;

/** Monday of each teaching week, 1-based, skipping break weeks. Index 0 is the week-0 Monday. */
function teachingMondays(term: TermInput): Temporal.PlainDate[] {
  const first = mondayOf(date(term.start));
  const breakMondays = new Set(term.breaks.map((b) => mondayOf(date(b.week_of)).toString()));
  const mondays = [first.subtract({ weeks: 1 })];
  for (let monday = first; mondays.length <= term.weeks; monday = monday.add({ weeks: 1 })) {
    if (!breakMondays.has(monday.toString())) mondays.push(monday);
  }
  return mondays;
}

/** Date range of a week (0 = orientation week before term). Week 1 starts on the term start day. */
export function weekRange(term: TermInput, week: number): { start: string; end: string } {
  const mondays = teachingMondays(term);
  const monday = mondays[week];
  if (!monday) throw new RangeError(`week ${week} is outside the term (0–${term.weeks})`);
  const start = week === 1 ? date(term.start) : monday;
  return { start: start.toString(), end: monday.add({ days: 6 }).toString() };
}

/** Every week of the term in calendar order, with break weeks as their own rows. */
export function termCalendar(term: TermInput): CalendarRow[] {
  const rows: CalendarRow[] = [];
  const mondays = teachingMondays(term);
  const last = mondays[mondays.length - 1]!;
  let week = 0;
  for (let monday = mondays[0]!; Temporal.PlainDate.compare(monday, last) <= 0; monday = monday.add({ weeks: 1 })) {
    const end = monday.add({ days: 6 }).toString();
    if (mondays[week]?.equals(monday)) {
      rows.push({ kind: 'week', week, ...weekRange(term, week) });
      week += 1;
    } else {
      const name = term.breaks.find((b) => mondayOf(date(b.week_of)).equals(monday))?.name ?? 'Break';
      rows.push({ kind: 'break', name, start: monday.toString(), end });
    }
  }
  return rows;
}

/** The class meetings of a teaching week in date order; holidays cancel meetings or move them to a make-up day. */
export function meetingsInWeek(term: TermInput, week: number): Meeting[] {
  const { start, end } = weekRange(term, week);
  const inWeek = (day: Temporal.PlainDate) =>
    Temporal.PlainDate.compare(day, date(start)) >= 0 && Temporal.PlainDate.compare(day, date(end)) <= 0;
  const holidays = new Map(term.holidays.map((h) => [h.date, h]));
  const regular = (monday: Temporal.PlainDate) =>
    term.meetings.map((m) => ({ m, day: monday.add({ days: isoDayOf(m.day) - 1 }) }));
  const meetings: { day: Temporal.PlainDate; meeting: Meeting }[] = [];
  for (const { m, day } of regular(mondayOf(date(start))).filter(({ day }) => inWeek(day))) {
    const meeting: Meeting = { date: day.toString(), start: m.start, end: m.end };
    if (m.location) meeting.location = m.location;
    const holiday = holidays.get(day.toString());
    if (holiday) meeting.cancelledBy = holiday.name;
    meetings.push({ day, meeting });
  }
  // Make-up meetings count in the week of the make-up day, which may differ from the holiday's week.
  for (const holiday of term.holidays.filter((h) => h.makeup && inWeek(date(h.makeup)))) {
    for (const { m, day } of regular(mondayOf(date(holiday.date))).filter(({ day }) => day.toString() === holiday.date)) {
      const meeting: Meeting = { date: holiday.makeup!, start: m.start, end: m.end, makeupFor: day.toString() };
      if (m.location) meeting.location = m.location;
      meetings.push({ day: date(holiday.makeup!), meeting });
    }
  }
  return meetings
    .sort((a, b) => Temporal.PlainDate.compare(a.day, b.day) || a.meeting.start.localeCompare(b.meeting.start))
    .map(({ meeting }) => meeting);
}

/** Whether a date lies inside the term: from the week-0 Monday to the last day of the last week. */
export function isInTerm(term: TermInput, isoDate: string): boolean {
  const rows = termCalendar(term);
  return isoDate >= rows[0]!.start && isoDate <= rows[rows.length - 1]!.end;
}

/** The instant a "week N, weekday, HH:MM" reference stands for, in the course time zone. */
export function dueTime(term: TermInput, week: number, day: Weekday, time: string): DueTime {
  const monday = mondayOf(date(weekRange(term, week).start));
  const local = monday.add({ days: isoDayOf(day) - 1 });
  const zoned = local.toZonedDateTime({ timeZone: term.timezone, plainTime: Temporal.PlainTime.from(time) });
  return { date: local.toString(), time, iso: zoned.toString({ timeZoneName: 'never' }) };
}

/** Which week a date falls in: a week number, 'break', 'before' or 'after' the term. */
export function weekOfDate(term: TermInput, isoDate: string): number | 'break' | 'before' | 'after' {
  const day = date(isoDate);
  const rows = termCalendar(term);
  if (Temporal.PlainDate.compare(day, date(rows[0]!.start)) < 0) return 'before';
  for (const row of rows) {
    if (Temporal.PlainDate.compare(day, date(row.end)) <= 0) return row.kind === 'week' ? row.week : 'break';
  }
  return 'after';
}
