// Human-readable dates for schedules, from ISO calendar dates (no time zone conversion involved).
import { Temporal } from 'temporal-polyfill';

const dayMonth = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

const utc = (isoDate: string) => new Date(`${Temporal.PlainDate.from(isoDate).toString()}T00:00:00Z`);

/** "Tue, Jan 12" */
export const formatDay = (isoDate: string): string => dayMonth.format(utc(isoDate));

/** "Jan 11 – Jan 17" */
export const formatRange = (start: string, end: string): string => `${monthDay.format(utc(start))} – ${monthDay.format(utc(end))}`;

/** "Fri, Jan 29, 23:59" */
export const formatDue = (isoDate: string, time: string): string => `${formatDay(isoDate)}, ${time}`;
