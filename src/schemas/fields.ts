// Field types shared by every content schema, each with an error message an author can act on.
import { z } from 'astro/zod';
import { Temporal } from 'temporal-polyfill';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Non-empty text. `example` is shown in the error so the author sees what to write. */
export const text = (field: string, example: string) =>
  z
    .string({ error: `add ${field}, for example: ${field}: "${example}"` })
    .trim()
    .min(1, { error: `${field} is empty; write something, for example: ${field}: "${example}"` });

/** A day of the week, written in full in any case: `friday`, `Friday`. */
export const weekday = z
  .string({ error: 'write a day of the week, for example: day: friday' })
  .transform((day) => day.trim().toLowerCase())
  .pipe(z.enum(WEEKDAYS, { error: (issue) => `"${String(issue.input)}" is not a day of the week; write one of ${WEEKDAYS.join(', ')}` }));

/** A 24-hour clock time `HH:MM`, e.g. "09:30" or "23:59". Quote it in YAML. */
export const clockTime = z
  .string({ error: 'write a 24-hour time in quotes, for example: time: "23:59"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `"${String(issue.input)}" is not a time; write HH:MM on a 24-hour clock in quotes, for example "09:30" or "23:59"` });

/**
 * A calendar date `YYYY-MM-DD` that really exists (2027-02-30 is rejected, not rolled over).
 * YAML parsers may hand us a Date object for unquoted dates; it is accepted and normalised.
 */
export const calendarDate = z
  .union([z.string(), z.date()], { error: 'write a date as YYYY-MM-DD, for example 2027-01-11' })
  .transform((value, ctx) => {
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    try {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new RangeError('shape');
      return Temporal.PlainDate.from(raw, { overflow: 'reject' }).toString();
    } catch {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is not a real date; write it as YYYY-MM-DD, for example 2027-01-11` });
      return z.NEVER;
    }
  });

/** An IANA time zone name such as "America/Chicago" or "Europe/Brussels". */
export const timeZone = z
  .string({ error: 'write an IANA time zone, for example: timezone: America/Chicago' })
  .refine(
    (zone) => {
      try {
        Temporal.Now.zonedDateTimeISO(zone);
        return true;
      } catch {
        return false;
      }
    },
    { error: (issue) => `"${String(issue.input)}" is not a time zone; use an IANA name such as America/Chicago or Europe/Brussels` },
  );

/** A week number of the term: 0 is the optional orientation week, 1 the first teaching week. */
export const weekNumber = z
  .number({ error: 'write the week as a whole number, for example: week: 3' })
  .int({ error: 'write the week as a whole number, for example: week: 3' })
  .min(0, { error: 'weeks start at 0 (orientation) or 1 (first teaching week)' });

/**
 * When an item becomes visible: `release: 3` or `release: week 3` (start of week 3), or a date
 * `release: 2027-02-15`. Production builds hide items whose release is still in the future.
 */
export const releaseRef = z
  .union([z.number(), z.string(), z.date()], { error: 'write release: week 3 or release: 2027-02-15' })
  .transform((value, ctx): { week: number } | { date: string } => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { week: value };
    const week = typeof value === 'string' ? /^week\s+(\d+)$/i.exec(value.trim()) : null;
    if (week) return { week: Number(week[1]) };
    const date = calendarDate.safeParse(value);
    if (date.success) return { date: date.data };
    ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a release; write release: week 3 or release: 2027-02-15` });
    return z.NEVER;
  });

/** An absolute http(s) URL. */
export const url = z.url({ protocol: /^https?$/, error: 'write a full web address starting with https://' });

/**
 * Frontmatter objects are strict: a misspelled or misplaced field is an error, not silently dropped.
 * `hint` says where such a field may belong instead.
 */
export const frontmatter = <Shape extends z.core.$ZodLooseShape>(shape: Shape, hint: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling; ${hint}`
        : undefined,
  });
