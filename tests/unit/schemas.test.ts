import { describe, expect, it } from 'vitest';
import { calendarDate, clockTime, timeZone, weekday } from '~/schemas/fields';
import { courseSchema } from '~/schemas/course';
import { lectureSchema } from '~/schemas/lecture';
import { projectSchema } from '~/schemas/project';
import { scheduleSchema } from '~/schemas/schedule';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('calendarDate', () => {
  it('accepts real dates, as text or as the Date a YAML parser may produce', () => {
    expect(calendarDate.parse('2027-01-11')).toBe('2027-01-11');
    expect(calendarDate.parse(new Date('2027-01-11T00:00:00Z'))).toBe('2027-01-11');
  });

  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(firstMessage(calendarDate.safeParse('2027-02-30'))).toBe('"2027-02-30" is not a real date; write it as YYYY-MM-DD, for example 2027-01-11');
    expect(firstMessage(calendarDate.safeParse('11/01/2027'))).toContain('is not a real date');
  });
});

describe('small fields', () => {
  it('normalises weekdays and explains a wrong one', () => {
    expect(weekday.parse('Friday')).toBe('friday');
    expect(firstMessage(weekday.safeParse('fri'))).toBe('"fri" is not a day of the week; write one of monday, tuesday, wednesday, thursday, friday, saturday, sunday');
  });

  it('accepts 24-hour times only', () => {
    expect(clockTime.parse('09:30')).toBe('09:30');
    expect(firstMessage(clockTime.safeParse('25:00'))).toContain('"25:00" is not a time');
    expect(firstMessage(clockTime.safeParse('9:30'))).toContain('is not a time');
  });

  it('accepts IANA time zones only', () => {
    expect(timeZone.parse('America/Chicago')).toBe('America/Chicago');
    expect(firstMessage(timeZone.safeParse('Mars/Olympus'))).toContain('"Mars/Olympus" is not a time zone');
  });
});

describe('collection schemas', () => {
  const lecture = { title: 'T', summary: 'S', objectives: ['o'], week: 1, order: 1 };

  it('fills lecture defaults', () => {
    expect(lectureSchema.parse(lecture)).toMatchObject({ simulations: [], draft: false });
  });

  it('tells the author what to write when a lecture title is missing or the week is text', () => {
    const untitled: Partial<typeof lecture> = { ...lecture };
    delete untitled.title;
    expect(firstMessage(lectureSchema.safeParse(untitled))).toBe('add title, for example: title: "Interactive, batch and streaming ML systems"');
    expect(firstMessage(lectureSchema.safeParse({ ...lecture, week: 'one' }))).toBe('write the week as a whole number, for example: week: 3');
  });

  it('rejects simulation ids that are not in the registry', () => {
    expect(firstMessage(lectureSchema.safeParse({ ...lecture, simulations: ['drfit'] }))).toContain('"drfit" is not a simulation');
  });

  it('requires rubric points to add up to 100', () => {
    const project = { title: 'P', code: 'P1', summary: 's', deliverables: ['d'], rubric: [{ criterion: 'a', points: 60 }, { criterion: 'b', points: 30 }] };
    expect(firstMessage(projectSchema.safeParse(project))).toBe('rubric points add up to 90; they must add up to 100');
  });

  it('requires a deadline to name a project or a title, not both', () => {
    const both = { weeks: [{ week: 1, title: 'w', deadlines: [{ project: 'p', title: 't', day: 'friday', time: '23:59' }] }] };
    expect(firstMessage(scheduleSchema.safeParse(both))).toContain('either `project: <slug>` or `title: "…"`');
  });

  it('requires a milestone to belong to a project', () => {
    const loose = { weeks: [{ week: 1, title: 'w', deadlines: [{ title: 'Quiz', milestone: 'Draft', day: 'friday', time: '17:00' }] }] };
    expect(firstMessage(scheduleSchema.safeParse(loose))).toBe('a `milestone` belongs to a project: add `project: <slug>` next to it');
  });

  it('requires a meeting to end after it starts', () => {
    const course = {
      title: 'T', code: 'C', description: 'D', repository: 'https://example.org', timezone: 'UTC', instructors: [{ name: 'A' }],
      term: { name: 'x', start: '2027-01-11', weeks: 12 }, meetings: [{ day: 'monday', start: '10:00', end: '09:00' }],
    };
    const result = courseSchema.safeParse(course);
    expect(result.error?.issues[0]).toMatchObject({ path: ['meetings', 0, 'end'], message: expect.stringContaining('end after it starts') });
  });
});

describe('strict frontmatter', () => {
  it('names a misspelled lecture field instead of dropping it', () => {
    const result = lectureSchema.safeParse({ title: 'T', summary: 'S', objectives: ['o'], week: 1, order: 1, simulation: ['x'] });
    expect(firstMessage(result)).toBe('unknown field simulation: check the spelling; dates come from the week and content/schedule.yaml');
  });
});
