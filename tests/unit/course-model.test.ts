import { describe, expect, it } from 'vitest';
import { buildCourseModel, type ModelInput } from '~/lib/course-model';
import { courseSchema } from '~/schemas/course';
import { scheduleSchema } from '~/schemas/schedule';
import { course, input, lecture } from './fixtures/course-input';

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

  it('dates the milestones of a project, lists them in the week, and keeps the due date apart', () => {
    const schedule = scheduleSchema.parse({
      weeks: [
        { week: 1, title: 'One', lectures: ['a', 'b'], releases: [{ project: 'p' }], deadlines: [{ project: 'p', milestone: 'Schema', day: 'thursday', time: '17:00' }, { project: 'p', milestone: 'Draft', day: 'tuesday', time: '17:00' }] },
        { week: 2, title: 'Two', lectures: ['c'], deadlines: [{ project: 'p', day: 'friday', time: '23:59' }] },
      ],
    });
    const built = buildCourseModel(input({ schedule }));
    expect(built.problems).toEqual([]);
    const p = built.model.projects[0]!;
    expect(p.milestones.map((m) => [m.title, m.date, m.week])).toEqual([['Draft', '2027-08-31', 1], ['Schema', '2027-09-02', 1]]);
    expect(p.due).toMatchObject({ week: 2, date: '2027-09-10' });
    expect(built.model.weeks[0]?.deadlines.map((d) => d.title)).toEqual(['P1 milestone: Draft', 'P1 milestone: Schema']);
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
    expect(found.map((p) => p.message)).toEqual(['week 1 lists 3 lectures but has 2 class meetings', 'week 1 appears twice']);
  });

  it('flags unknown project slugs and projects without a deadline', () => {
    const schedule = scheduleSchema.parse({ weeks: [{ week: 1, title: 'One', lectures: ['a', 'b', 'c'], releases: [{ project: 'nope' }] }] });
    const lectures = [lecture('c', 1, 3), lecture('a', 1, 1), lecture('b', 1, 2)];
    expect(problemsOf({ schedule, lectures }).map((p) => [p.field, p.message])).toEqual([
      ['weeks[0].lectures', 'week 1 lists 3 lectures but has 2 class meetings'],
      ['weeks[0].releases[0].project', '"nope" is not a project'],
      ['due', 'project P1 has no deadline in content/schedule.yaml'],
    ]);
  });
});

describe('release gating', () => {
  // Week 2 starts Monday 2027-09-06; project p is released in week 1 (2027-08-30).
  const gated = [lecture('c', 2, 3, { release: 'week 2' }), lecture('a', 1, 1), lecture('b', 1, 2, { release: '2027-09-01' })];
  const build = (visibleOn: string | null) => buildCourseModel(input({ lectures: gated, visibleOn }));

  it('hides lectures until their release week or date, everywhere in the model', () => {
    const before = build('2027-08-31');
    expect(before.problems).toEqual([]);
    expect(before.model.lectures.map((l) => l.slug)).toEqual(['a']);
    expect(before.model.lectures[0]?.next).toBeUndefined();
    expect(before.model.weeks[1]?.lectures).toEqual([]);
    expect(build('2027-09-01').model.lectures.map((l) => l.slug)).toEqual(['a', 'b']);
    expect(build('2027-09-06').model.lectures.map((l) => l.slug)).toEqual(['a', 'b', 'c']);
  });

  it('publishes everything when there is no gate day', () => {
    expect(build(null).model.lectures).toHaveLength(3);
  });

  it('hides a project, its release and its deadline until the schedule releases it', () => {
    const early = build('2027-08-29').model;
    expect(early.projects).toEqual([]);
    expect(early.weeks[1]?.deadlines.map((d) => d.title)).toEqual(['Quiz']);
    expect(build('2027-08-30').model.projects.map((p) => p.slug)).toEqual(['p']);
  });

  it('rejects a release date outside the term and a release week that does not exist', () => {
    const lectures = [lecture('c', 2, 3, { release: '2026-01-01' }), lecture('a', 1, 1, { release: 9 }), lecture('b', 1, 2)];
    expect(buildCourseModel(input({ lectures })).problems.map((p) => [p.field, p.message])).toEqual([
      ['release', 'release date 2026-01-01 is outside the term'],
      ['release', 'release week 9 does not exist'],
    ]);
  });
});

describe('week capacity', () => {
  it('flags a week with more lectures than class meetings left after holidays', () => {
    const schedule = scheduleSchema.parse({ weeks: [{ week: 1, title: 'One', lectures: ['a', 'b'] }, { week: 2, title: 'Two', lectures: ['c', 'd'] }] });
    const lectures = [lecture('a', 1, 1), lecture('b', 1, 2), lecture('c', 2, 3), lecture('d', 2, 4)];
    expect(buildCourseModel(input({ schedule, lectures, projects: [] })).problems).toEqual([
      expect.objectContaining({ field: 'weeks[1].lectures', message: 'week 2 lists 2 lectures but has 1 class meeting (Holiday cancels 2027-09-06)' }),
    ]);
    const withMakeup = courseSchema.parse({ ...course, holidays: [{ date: '2027-09-06', name: 'Holiday', makeup: '2027-09-10' }] });
    const fixed = buildCourseModel(input({ course: withMakeup, schedule, lectures, projects: [] }));
    expect(fixed.problems).toEqual([]);
    expect(fixed.model.lectures.map((l) => l.meeting?.date)).toEqual(['2027-08-30', '2027-09-01', '2027-09-08', '2027-09-10']);
  });
});

describe('unreleased pages', () => {
  it('lists gated lectures and projects with the paths they will have and when they open', () => {
    const lectures = [lecture('c', 2, 3, { release: 'week 2' }), lecture('a', 1, 1), lecture('b', 1, 2)];
    const { model } = buildCourseModel(input({ lectures, visibleOn: '2027-08-29' }));
    expect(model.unreleased).toEqual([
      { path: '/lectures/c/', title: 'c', release: '2027-09-06' },
      { path: '/projects/p/', title: 'p', release: '2027-08-30' },
    ]);
  });
});
