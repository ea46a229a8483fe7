// The course as calendar events: one per scheduled lecture and one per deadline, with stable UIDs.
import type { CourseModel, Deadline } from './course-model';
import type { CalendarEvent, CalendarInput } from './ics';

/** "Concept check 1" → "concept-check-1"; used where a UID must come from a title. */
export const slugify = (text: string): string =>
  text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * UIDs name what an event is (a lecture, a project's deadline), never when it is, so a calendar
 * subscribed to the feed updates events in place when the term moves instead of duplicating them.
 */
export function courseEvents(model: CourseModel, absolute: (path: string) => string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const week of model.weeks) {
    for (const lecture of week.lectures) {
      if (!lecture.meeting) continue;
      const { date, start, end, location } = lecture.meeting;
      events.push({
        uid: `lecture-${lecture.slug}`,
        summary: `${model.course.code} ${lecture.code}: ${lecture.title}`,
        description: `${lecture.summary}\n\n${absolute(`/lectures/${lecture.slug}/`)}`,
        location,
        url: absolute(`/lectures/${lecture.slug}/`),
        start: `${date}T${start}`,
        end: `${date}T${end}`,
        categories: ['Lecture'],
      });
    }
    for (const deadline of week.deadlines) {
      const page = deadline.project ? absolute(`/projects/${deadline.project}/`) : absolute(`/weeks/${week.week}/`);
      events.push({
        uid: deadlineUid(deadline, week.week),
        summary: `${model.course.code}: ${deadline.title}`,
        description: `Due ${deadline.due.date} at ${deadline.due.time} (${model.course.timezone}).\n\n${page}`,
        url: page,
        start: `${deadline.due.date}T${deadline.due.time}`,
        categories: ['Deadline'],
      });
    }
  }
  return events;
}

/**
 * Stable across term moves: a project's final deadline by its slug, a milestone by its project and
 * title, and titled deadlines ("Concept check") by their week, since those titles repeat.
 */
function deadlineUid(deadline: Deadline, week: number): string {
  if (deadline.project && deadline.milestone) return `milestone-${deadline.project}-${slugify(deadline.milestone)}`;
  if (deadline.project) return `due-${deadline.project}`;
  return `due-w${week}-${slugify(deadline.title)}`;
}

/** Everything writeCalendar needs for this course. `stamp` is the build instant (UTC). */
export function courseCalendar(model: CourseModel, absolute: (path: string) => string, stamp: string): CalendarInput {
  return {
    name: `${model.course.title} (${model.course.code}, ${model.course.term.name})`,
    timezone: model.course.timezone,
    uidDomain: `${slugify(model.course.code)}.${slugify(model.course.title)}`,
    stamp,
    events: courseEvents(model, absolute),
  };
}
