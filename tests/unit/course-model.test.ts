import { describe, expect, it } from 'vitest';
import { buildCourseModel, type ModelInput } from '~/lib/course-model';
import { courseSchema } from '~/schemas/course';
import { handoutSchema } from '~/schemas/handout';
import { lectureSchema } from '~/schemas/lecture';
import { projectSchema } from '~/schemas/project';
import { scheduleSchema } from '~/schemas/schedule';

const course = courseSchema.parse({
  title: 'T', code: 'C 1', description: 'D', repository: 'https://example.org/r',
  term: { name: 'Fall 2027', start: '2027-08-30', weeks: 3 },
  timezone: 'Europe/Brussels',
  meetings: [{ day: 'monday', start: '09:00', end: '10:30' }, { day: 'wednesday', start: '09:00', end: '10:30' }],
  holidays: [{ date: '2027-09-06', name: 'Holiday' }],
  instructors: [{ name: 'A' }],
});

const lecture = (id: string, week: number, order: number, extra: object = {}) => ({
  id, file: `content/lectures/${String(order).padStart(2, '0')}-${id}.mdx`,
  data: lectureSchema.parse({ title: id, summary: 's', objectives: ['o'], week, order, ...extra }),
});
const project = (id: string, code: string) => ({
  id, file: `content/projects/${id}.mdx`,
  data: projectSchema.parse({ title: id, code, summary: 's', deliverables: ['d'], rubric: [{ criterion: 'c', points: 100 }] }),
});

function input(overrides: Partial<ModelInput> = {}): ModelInput {
  return {
    course,
    schedule: scheduleSchema.parse({
      weeks: [
        { week: 1, title: 'One', lectures: ['a', 'b'], releases: [{ project: 'p' }] },
        { week: 2, title: 'Two', lectures: ['c'], deadlines: [{ project: 'p', day: 'friday', time: '23:59' }, { title: 'Quiz', day: 'monday', time: '12:00' }] },
      ],
    }),
    lectures: [lecture('c', 2, 3), lecture('a', 1, 1), lecture('b', 1, 2)],
    projects: [project('p', 'P1')],
    handouts: [{ id: 'h', file: 'content/handouts/h.mdx', data: handoutSchema.parse({ title: 'H', summary: 's', kind: 'syllabus' }) }],
    includeDrafts: false,
    ...overrides,
  };
}

describe('buildCourseModel on good content', () => {
  const { model, problems } = buildCourseModel(input());

  it('reports no problems', () => expect(problems).toEqual([]));

  it('orders lectures by their number and links previous and next', () => {
    expect(model.lectures.map((l) => [l.code, l.slug])).toEqual([['L01', 'a'], ['L02', 'b'], ['L03', 'c']]);
    expect(model.lectures[0]?.prev).toBeUndefined();
    expect(model.lectures[1]?.prev?.slug).toBe('a');
    expect(model.lectures[1]?.next?.slug).toBe('c');
    expect(model.lectures[2]?.next).toBeUndefined();
  });

  it('gives each lecture the next free meeting of its week', () => {
    expect(model.lectures.map((l) => l.meeting?.date)).toEqual(['2027-08-30', '2027-09-01', '2027-09-08']);
  });

  it('dates releases and deadlines from week references in the course time zone', () => {
    const p = model.projects[0]!;
    expect(p.release).toEqual({ week: 1, date: '2027-08-30' });
    expect(p.due).toMatchObject({ week: 2, date: '2027-09-10', iso: '2027-09-10T23:59:00+02:00' });
    // In time order, not the order the schedule lists them: the Monday quiz before the Friday project.
    expect(model.weeks[1]?.deadlines.map((d) => d.title)).toEqual(['Quiz', 'P1 due: p']);
  });

  it('lists holidays that cancel a meeting in their week', () => {
    expect(model.weeks[1]?.holidays).toEqual([{ date: '2027-09-06', name: 'Holiday' }]);
  });
});

describe('buildCourseModel problems', () => {
  const problemsOf = (overrides: Partial<ModelInput>) => buildCourseModel(input(overrides)).problems;

  it('names the schedule field and the known slugs when a lecture slug is unknown', () => {
    const schedule = scheduleSchema.parse({ weeks: [{ week: 1, title: 'One', lectures: ['a', 'b', 'zzz'] }, { week: 2, title: 'Two', lectures: ['c'] }] });
    const found = problemsOf({ schedule, projects: [] });
    expect(found).toEqual([
      expect.objectContaining({ file: 'content/schedule.yaml', field: 'weeks[0].lectures[2]', message: '"zzz" is not a lecture', fix: expect.stringContaining('one of: c, a, b') }),
    ]);
  });

  it('flags a lecture whose week disagrees with the schedule', () => {
    const found = problemsOf({ lectures: [lecture('c', 2, 3), lecture('a', 2, 1), lecture('b', 1, 2)] });
    expect(found).toEqual([expect.objectContaining({ file: 'content/lectures/01-a.mdx', field: 'week', message: expect.stringContaining('says week 2, but content/schedule.yaml lists it in week 1') })]);
  });

  it('flags a week beyond the term, in a lecture and in the schedule', () => {
    const found = problemsOf({ lectures: [lecture('c', 2, 3), lecture('a', 1, 1), lecture('b', 1, 2), lecture('d', 7, 4)] });
    expect(found.map((p) => [p.file, p.field, p.message])).toContainEqual(['content/lectures/04-d.mdx', 'week', 'week 7 does not exist; the term has weeks 0–3']);
  });

  it('flags a lecture missing from the schedule, unless it is a draft', () => {
    const extra = [lecture('c', 2, 3), lecture('a', 1, 1), lecture('b', 1, 2), lecture('e', 2, 4)];
    expect(problemsOf({ lectures: extra }).map((p) => p.message)).toEqual(['the lecture is not listed in content/schedule.yaml']);
    const draft = [...extra.slice(0, 3), lecture('e', 2, 4, { draft: true })];
    expect(problemsOf({ lectures: draft })).toEqual([]);
  });

  it('leaves drafts listed in the schedule out of production builds but keeps them in development', () => {
    const lectures = [lecture('c', 2, 3), lecture('a', 1, 1), lecture('b', 1, 2, { draft: true })];
    expect(buildCourseModel(input({ lectures })).model.lectures.map((l) => l.slug)).toEqual(['a', 'c']);
    expect(buildCourseModel(input({ lectures, includeDrafts: true })).model.lectures.map((l) => l.slug)).toEqual(['a', 'b', 'c']);
  });

  it('flags duplicate lecture numbers and duplicate weeks', () => {
    const lectures = [lecture('c', 2, 3), lecture('a', 1, 1), lecture('b', 1, 1)];
    expect(problemsOf({ lectures }).map((p) => p.message)).toEqual(['order 1 is also used by content/lectures/01-b.mdx']);
    const schedule = scheduleSchema.parse({ weeks: [{ week: 1, title: 'x', lectures: ['a', 'b', 'c'] }, { week: 1, title: 'y' }] });
    const found = problemsOf({ schedule, lectures: [lecture('c', 1, 3), lecture('a', 1, 1), lecture('b', 1, 2)], projects: [] });
    expect(found.map((p) => p.message)).toEqual(['week 1 appears twice']);
  });

  it('flags unknown project slugs and projects without a deadline', () => {
    const schedule = scheduleSchema.parse({ weeks: [{ week: 1, title: 'One', lectures: ['a', 'b', 'c'], releases: [{ project: 'nope' }] }] });
    const lectures = [lecture('c', 1, 3), lecture('a', 1, 1), lecture('b', 1, 2)];
    expect(problemsOf({ schedule, lectures }).map((p) => [p.field, p.message])).toEqual([
      ['weeks[0].releases[0].project', '"nope" is not a project'],
      ['due', 'project P1 has no deadline in content/schedule.yaml'],
    ]);
  });
});
