// Schema of content/schedule.yaml: the term plan, week by week. Dates are derived, never typed.
import { z } from 'astro/zod';
import { clockTime, text, url, weekNumber, weekday } from './fields';

const reading = z.object({
  /** Full citation or title, e.g. "Kleppmann, Designing Data-Intensive Applications, ch. 10". */
  title: text('title', 'Kleppmann, Designing Data-Intensive Applications, ch. 10'),
  /** Optional link; only real, stable addresses. */
  url: url.optional(),
  /** `required` readings are shown first. */
  required: z.boolean().default(false),
});

const deadline = z
  .object({
    /** Slug of a project (file name in content/projects/ without its NN- prefix). */
    project: z.string().optional(),
    /** A deadline that is not a project, e.g. "Concept check 3". */
    title: z.string().optional(),
    /** With `project`: a checkpoint before the project is due, e.g. "Schema and ingest endpoint". */
    milestone: z.string().min(1).optional(),
    /** Day of the week it is due. */
    day: weekday,
    /** Time it is due in the course time zone, e.g. "23:59". */
    time: clockTime,
  })
  .refine((d) => Boolean(d.project) !== Boolean(d.title), {
    error: 'give a deadline either `project: <slug>` or `title: "…"`, not both and not neither',
  })
  .refine((d) => !d.milestone || Boolean(d.project), {
    error: 'a `milestone` belongs to a project: add `project: <slug>` next to it',
  });

const release = z.object({
  /** Slug of the project being released. */
  project: text('project', 'baseline-classifier'),
  /** Day of the week it is released (default monday). */
  day: weekday.default('monday'),
});

const week = z.object({
  /** Week number: 0 for orientation, then 1, 2, … */
  week: weekNumber,
  /** Theme of the week, e.g. "Framing the system". */
  title: text('title', 'Framing the system'),
  /** Optional weeks (week 0) are shown but not counted. */
  optional: z.boolean().default(false),
  /** Lecture slugs in teaching order; each fills the next meeting of the week. */
  lectures: z.array(z.string()).default([]),
  readings: z.array(reading).default([]),
  /** Projects handed out this week. */
  releases: z.array(release).default([]),
  /** Project and other deadlines this week. */
  deadlines: z.array(deadline).default([]),
  /** A short note shown on the schedule, e.g. "Bring a laptop". */
  note: z.string().optional(),
});

export const scheduleSchema = z.object({
  weeks: z.array(week, { error: 'add a `weeks:` list with one entry per week' }).min(1),
});

export type Schedule = z.output<typeof scheduleSchema>;
export type ScheduleWeek = Schedule['weeks'][number];
