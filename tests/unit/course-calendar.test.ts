import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { courseCalendar } from '~/lib/course-calendar';
import { buildCourseModel } from '~/lib/course-model';
import { writeCalendar } from '~/lib/ics';
import { courseSchema } from '~/schemas/course';
import { course, input } from './fixtures/course-input';

const absolute = (path: string) => `https://example.org/sml${path}`;
const feedFor = (start: string) => {
  const moved = courseSchema.parse({ ...course, term: { ...course.term, start }, holidays: [] });
  const { model, problems } = buildCourseModel(input({ course: moved }));
  expect(problems).toEqual([]);
  return writeCalendar(courseCalendar(model, absolute, '2026-11-23T12:00:00Z'));
};

/** Parses with ical.js (an independent implementation) and returns uid → start instant (UTC ISO). */
function parse(text: string): Map<string, string> {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return new Map(
    root.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [event.uid, event.startDate.toJSDate().toISOString()];
    }),
  );
}

describe('course calendar feed', () => {
  it('has one event per scheduled lecture and per deadline, at the right instants', () => {
    const events = parse(feedFor('2027-08-30'));
    // UIDs end in the course code and title as a domain ("C 1", "T" → c-1.t).
    expect([...events.keys()].sort()).toEqual(['due-p@c-1.t', 'due-w2-quiz@c-1.t', 'lecture-a@c-1.t', 'lecture-b@c-1.t', 'lecture-c@c-1.t']);
    // Brussels is UTC+2 in summer: Monday 2027-08-30 09:00 local is 07:00Z.
    expect(events.get('lecture-a@c-1.t')).toBe('2027-08-30T07:00:00.000Z');
    expect(events.get('due-p@c-1.t')).toBe('2027-09-10T21:59:00.000Z');
  });

  it('gives each project milestone their own events, apart from its final deadline', () => {
    const base = input();
    const weeks = base.schedule.weeks.map((w) =>
      w.week === 1 ? { ...w, deadlines: [{ project: 'p', milestone: 'Schema running', day: 'friday' as const, time: '17:00' }, { project: 'p', milestone: 'Tests green', day: 'thursday' as const, time: '17:00' }] } : w,
    );
    const { model, problems } = buildCourseModel({ ...base, schedule: { ...base.schedule, weeks } });
    expect(problems).toEqual([]);
    const events = parse(writeCalendar(courseCalendar(model, absolute, '2026-11-23T12:00:00Z')));
    expect([...events.keys()].filter((uid) => /^(due|milestone)-p/.test(uid)).sort()).toEqual(['due-p@c-1.t', 'milestone-p-schema-running@c-1.t', 'milestone-p-tests-green@c-1.t']);
  });

  it('keeps every UID when the term moves, so subscribed calendars update instead of duplicating', () => {
    const before = parse(feedFor('2027-08-30'));
    const after = parse(feedFor('2028-01-10'));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // …while the times did move, across a change from summer to winter time (+02:00 → +01:00).
    expect(after.get('lecture-a@c-1.t')).toBe('2028-01-10T08:00:00.000Z');
  });
});
