// Schema of content/course.yaml: who, when and where the course meets.
import { z } from 'astro/zod';
import { calendarDate, clockTime, text, timeZone, url, weekday } from './fields';

const meeting = z
  .object({
    /** Day of the week the class meets, e.g. `tuesday`. */
    day: weekday,
    /** Start time in the course time zone, e.g. "14:00". */
    start: clockTime,
    /** End time in the course time zone, e.g. "15:20". */
    end: clockTime,
    /** Room or link shown on the schedule. */
    location: z.string().optional(),
  })
  .refine((m) => m.start < m.end, { error: 'a meeting must end after it starts; check start and end', path: ['end'] });

const instructor = z.object({
  /** Name as students should see it. */
  name: text('name', 'Dr. Ada Lovelace'),
  /** What the person does in the course, e.g. "Instructor" or "Teaching assistant". */
  role: z.string().default('Instructor'),
  /** Contact address shown on the syllabus and home page. */
  email: z.email({ error: 'write a valid email address, or remove the email line' }).optional(),
  /** A web page with contact details or office hours. */
  url: url.optional(),
  /** Free text, e.g. "Wednesdays 13:00–14:00, room 2.14". */
  office_hours: z.string().optional(),
});

export const courseSchema = z.object({
  /** Course title shown in the header and page titles. */
  title: text('title', 'Shipping ML'),
  /** One line under the title. */
  subtitle: z.string().optional(),
  /** Catalogue code, e.g. "SML 401". */
  code: text('code', 'SML 401'),
  /** One paragraph for the home page: what the course is and who it is for. */
  description: text('description', 'An open course on running machine learning in production.'),
  term: z.object(
    {
      /** Name of the term, e.g. "Spring 2027". */
      name: text('term.name', 'Spring 2027'),
      /** First day of teaching week 1 (YYYY-MM-DD). Every date on the site is computed from it. */
      start: calendarDate,
      /** How many teaching weeks the term has (week 0 and break weeks not counted). */
      weeks: z.number({ error: 'write the number of teaching weeks, for example: weeks: 12' }).int().min(1).max(30),
    },
    { error: 'add a term block with name, start and weeks' },
  ),
  /** IANA time zone the course runs in; meeting times and deadlines are in this zone. */
  timezone: timeZone,
  /** When the class meets each teaching week. Lectures fill a week's meetings in order. */
  meetings: z.array(meeting, { error: 'list the weekly meetings, each with day, start and end' }).min(1, {
    error: 'list at least one weekly meeting with day, start and end',
  }),
  /** Single days off: meetings on these dates are cancelled, or moved to `makeup` (same time). */
  holidays: z
    .array(z.object({ date: calendarDate, name: text('name', 'Reading day'), makeup: calendarDate.optional() }))
    .default([]),
  /** Whole weeks off (e.g. spring break), given by any date in that week; later weeks move back. */
  breaks: z.array(z.object({ week_of: calendarDate, name: text('name', 'Spring break') })).default([]),
  /** Teaching staff. */
  instructors: z.array(instructor).min(1, { error: 'list at least one instructor with a name' }),
  /** Licences: the course text and the code are licensed separately. */
  licence: z
    .object({ content: z.string().default('CC BY-SA 4.0'), code: z.string().default('MIT') })
    .default({ content: 'CC BY-SA 4.0', code: 'MIT' }),
  /** Source repository, used for "edit this page" and the about page. */
  repository: url,
});

export type Course = z.output<typeof courseSchema>;
