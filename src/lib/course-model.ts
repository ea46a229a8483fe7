// Derives the course model (ordered lectures, weeks with dates, deadlines) from validated content.
import type { Course } from '../schemas/course';
import type { HandoutData } from '../schemas/handout';
import type { LectureData } from '../schemas/lecture';
import type { ProjectData } from '../schemas/project';
import type { Schedule, ScheduleWeek } from '../schemas/schedule';
import type { ContentProblem } from './content-problem';
import { isReleased, lectureReleaseDate, projectReleases, releaseProblems } from './release-gate';
import { dueTime, meetingsInWeek, termCalendar, weekRange, type DueTime, type Meeting, type TermInput } from './term-calendar';

export interface Entry<T> {
  /** Slug: the file name without extension and NN- prefix. */
  id: string;
  /** Path from the project root, for error messages. */
  file: string;
  data: T;
}

export interface LectureItem extends LectureData {
  slug: string;
  file: string;
  /** "L01"-style code from the lecture's order. */
  code: string;
  meeting?: Meeting;
  prev?: { slug: string; title: string; code: string };
  next?: { slug: string; title: string; code: string };
}

export interface ProjectItem extends ProjectData {
  slug: string;
  file: string;
  release?: { week: number; date: string };
  due?: DueTime & { week: number };
  /** Checkpoints before the deadline, in date order. */
  milestones: (DueTime & { week: number; title: string })[];
}

export interface HandoutItem extends HandoutData {
  slug: string;
}

export interface Deadline {
  title: string;
  project?: string;
  /** Set for a project's intermediate milestone; absent for its final deadline. */
  milestone?: string;
  due: DueTime;
}

export interface WeekItem {
  kind: 'week';
  week: number;
  title: string;
  optional: boolean;
  start: string;
  end: string;
  lectures: LectureItem[];
  readings: ScheduleWeek['readings'];
  releases: ProjectItem[];
  deadlines: Deadline[];
  holidays: { date: string; name: string }[];
  note?: string;
}

export interface BreakItem {
  kind: 'break';
  name: string;
  start: string;
  end: string;
}

/** A page left out of this build because its release is still ahead. */
export interface Unreleased {
  /** Root-relative path the page will have, e.g. /projects/baseline-classifier/. */
  path: string;
  title: string;
  release: string;
}

export interface CourseModel {
  course: Course;
  /** Pages gated by release date, so links to them can say when they open. */
  unreleased: Unreleased[];
  lectures: LectureItem[];
  projects: ProjectItem[];
  handouts: HandoutItem[];
  timeline: (WeekItem | BreakItem)[];
  weeks: WeekItem[];
}

export interface ModelInput {
  course: Course;
  schedule: Schedule;
  lectures: Entry<LectureData>[];
  projects: Entry<ProjectData>[];
  handouts: Entry<HandoutData>[];
  /** Include draft items (development builds). */
  includeDrafts: boolean;
  /** Publish only items released on or before this day (YYYY-MM-DD); null publishes everything. */
  visibleOn?: string | null;
  /** Path of the schedule file, for error messages. */
  scheduleFile?: string;
}

/** The parts of course.yaml the term calendar needs. */
export function termInput(course: Course): TermInput {
  const { start, weeks } = course.term;
  return { start, weeks, timezone: course.timezone, meetings: course.meetings, holidays: course.holidays, breaks: course.breaks };
}

const lectureCode = (order: number) => `L${String(order).padStart(2, '0')}`;
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Builds the course model and lists every cross-reference problem instead of stopping at the first. */
export function buildCourseModel(input: ModelInput): { model: CourseModel; problems: ContentProblem[] } {
  const { course, schedule, includeDrafts } = input;
  const scheduleFile = input.scheduleFile ?? 'content/schedule.yaml';
  const problems: ContentProblem[] = [];
  const term = termInput(course);
  const visibleOn = input.visibleOn ?? null;
  const visible = <T extends { draft: boolean }>(entries: Entry<T>[]) => entries.filter((e) => includeDrafts || !e.data.draft);
  const lectureRelease = (e: Entry<LectureData>) => lectureReleaseDate(term, e.data.release);
  const lectureEntries = visible(input.lectures).filter((e) => isReleased(lectureRelease(e), visibleOn));
  const releases = projectReleases(term, schedule);
  const projectEntries = visible(input.projects).filter((e) => isReleased(releases.get(e.id)?.date, visibleOn));
  const unreleased: Unreleased[] = [
    ...visible(input.lectures)
      .filter((e) => !lectureEntries.includes(e))
      .map((e) => ({ path: `/lectures/${e.id}/`, title: e.data.title, release: lectureRelease(e)! })),
    ...visible(input.projects)
      .filter((e) => !projectEntries.includes(e))
      .map((e) => ({ path: `/projects/${e.id}/`, title: e.data.title, release: releases.get(e.id)!.date })),
  ];
  const allLectureIds = new Set(input.lectures.map((l) => l.id));
  const allProjectIds = new Set(input.projects.map((p) => p.id));

  for (const entry of input.lectures) problems.push(...releaseProblems(term, entry.file, entry.data.release));
  for (const entry of lectureEntries) {
    if (entry.data.week > course.term.weeks) {
      problems.push({
        file: entry.file,
        field: 'week',
        message: `week ${entry.data.week} does not exist; the term has weeks 0–${course.term.weeks}`,
        fix: `use a week from 0 to ${course.term.weeks}, or raise term.weeks in content/course.yaml`,
      });
    }
    const sameOrder = lectureEntries.find((other) => other !== entry && other.data.order === entry.data.order);
    if (sameOrder && entry.id < sameOrder.id) {
      problems.push({
        file: entry.file,
        field: 'order',
        message: `order ${entry.data.order} is also used by ${sameOrder.file}`,
        fix: 'give every lecture its own number (the L-number from the course outline)',
      });
    }
  }

  const lectures: LectureItem[] = lectureEntries
    .map((e) => ({ ...e.data, slug: e.id, file: e.file, code: lectureCode(e.data.order) }))
    .sort(byOrder);
  lectures.forEach((lecture, i) => {
    const link = (l?: LectureItem) => (l ? { slug: l.slug, title: l.title, code: l.code } : undefined);
    const prev = link(lectures[i - 1]);
    const next = link(lectures[i + 1]);
    if (prev) lecture.prev = prev;
    if (next) lecture.next = next;
  });
  const lectureBySlug = new Map(lectures.map((l) => [l.slug, l]));

  const projects: ProjectItem[] = projectEntries.map((e) => ({ ...e.data, slug: e.id, file: e.file, milestones: [] })).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const projectBySlug = new Map(projects.map((p) => [p.slug, p]));

  const scheduled = new Map<string, number>();
  const seenWeeks = new Set<number>();
  const weekItems = new Map<number, WeekItem>();

  schedule.weeks.forEach((plan, w) => {
    const at = (field: string) => `weeks[${w}]${field}`;
    if (plan.week > course.term.weeks) {
      problems.push({ file: scheduleFile, field: at('.week'), message: `week ${plan.week} does not exist; the term has weeks 0–${course.term.weeks}`, fix: `remove it, or raise term.weeks in content/course.yaml` });
      return;
    }
    if (seenWeeks.has(plan.week)) {
      problems.push({ file: scheduleFile, field: at('.week'), message: `week ${plan.week} appears twice`, fix: 'merge the two entries into one' });
      return;
    }
    seenWeeks.add(plan.week);
    const range = weekRange(term, plan.week);
    const meetings = meetingsInWeek(term, plan.week);
    const open = meetings.filter((m) => !m.cancelledBy);
    const item: WeekItem = {
      kind: 'week', week: plan.week, title: plan.title, optional: plan.optional, ...range,
      lectures: [], readings: [...plan.readings].sort((a, b) => Number(b.required) - Number(a.required)),
      releases: [], deadlines: [],
      holidays: meetings.filter((m) => m.cancelledBy).map((m) => ({ date: m.date, name: m.cancelledBy! })),
    };
    if (plan.note) item.note = plan.note;

    plan.lectures.forEach((slug, i) => {
      const lecture = lectureBySlug.get(slug);
      if (!lecture) {
        if (allLectureIds.has(slug)) return; // a draft or not yet released: left out of this build
        problems.push({ file: scheduleFile, field: at(`.lectures[${i}]`), message: `"${slug}" is not a lecture`, fix: `use a lecture's file name without its NN- prefix and .mdx, one of: ${[...allLectureIds].join(', ') || '(no lectures yet)'}` });
        return;
      }
      if (scheduled.has(slug)) {
        problems.push({ file: scheduleFile, field: at(`.lectures[${i}]`), message: `"${slug}" is already listed in week ${scheduled.get(slug)}`, fix: 'list each lecture in exactly one week' });
        return;
      }
      scheduled.set(slug, plan.week);
      if (lecture.week !== plan.week) {
        problems.push({ file: lecture.file, field: 'week', message: `says week ${lecture.week}, but ${scheduleFile} lists it in week ${plan.week}`, fix: `set week: ${plan.week} in the lecture, or move it in the schedule` });
      }
      const meeting = open[item.lectures.length];
      if (meeting) lecture.meeting = meeting;
      item.lectures.push(lecture);
    });
    if (item.lectures.length > open.length) {
      const lost = item.holidays.map((h) => `${h.name} cancels ${h.date}`).join('; ');
      problems.push({
        file: scheduleFile,
        field: at('.lectures'),
        message: `week ${plan.week} lists ${item.lectures.length} lectures but has ${open.length} class meeting${open.length === 1 ? '' : 's'}${lost ? ` (${lost})` : ''}`,
        fix: 'move a lecture to another week, or give the holiday a make-up day (makeup: YYYY-MM-DD) in content/course.yaml',
      });
    }

    plan.releases.forEach((release, i) => {
      const project = projectBySlug.get(release.project);
      if (!project) {
        if (!allProjectIds.has(release.project)) problems.push(unknownProject(scheduleFile, at(`.releases[${i}].project`), release.project, allProjectIds));
        return;
      }
      project.release = releases.get(project.slug)!;
      item.releases.push(project);
    });

    plan.deadlines.forEach((d, i) => {
      const due = dueTime(term, plan.week, d.day, d.time);
      if (d.title) {
        item.deadlines.push({ title: d.title, due });
        return;
      }
      const project = projectBySlug.get(d.project!);
      if (!project) {
        if (!allProjectIds.has(d.project!)) problems.push(unknownProject(scheduleFile, at(`.deadlines[${i}].project`), d.project!, allProjectIds));
        return;
      }
      if (d.milestone) {
        project.milestones.push({ ...due, week: plan.week, title: d.milestone });
        project.milestones.sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time));
        item.deadlines.push({ title: `${project.code} milestone: ${d.milestone}`, project: project.slug, milestone: d.milestone, due });
        return;
      }
      project.due = { ...due, week: plan.week };
      item.deadlines.push({ title: `${project.code} due: ${project.title}`, project: project.slug, due });
    });
    item.deadlines.sort((a, b) => a.due.date.localeCompare(b.due.date) || a.due.time.localeCompare(b.due.time));
    weekItems.set(plan.week, item);
  });

  for (const lecture of lectures) {
    if (!scheduled.has(lecture.slug)) {
      problems.push({ file: lecture.file, field: 'week', message: `the lecture is not listed in ${scheduleFile}`, fix: `add "${lecture.slug}" to the lectures of week ${lecture.week} in ${scheduleFile}, or set draft: true` });
    }
  }
  for (const project of projects) {
    if (!project.due) {
      problems.push({ file: project.file, field: 'due', message: `project ${project.code} has no deadline in ${scheduleFile}`, fix: `add "- project: ${project.slug}" with day and time to the deadlines of a week in ${scheduleFile}` });
    }
  }

  const timeline: (WeekItem | BreakItem)[] = [];
  for (const row of termCalendar(term)) {
    if (row.kind === 'break') timeline.push({ kind: 'break', name: row.name, start: row.start, end: row.end });
    else {
      const item = weekItems.get(row.week);
      if (item) timeline.push(item);
    }
  }
  const handouts = visible(input.handouts).map((e) => ({ ...e.data, slug: e.id }));
  handouts.sort((a, b) => a.kind.localeCompare(b.kind) || a.order - b.order || a.title.localeCompare(b.title));
  const weeks = timeline.filter((row): row is WeekItem => row.kind === 'week');
  return { model: { course, unreleased, lectures, projects, handouts, timeline, weeks }, problems };
}

function unknownProject(file: string, field: string, slug: string, known: Set<string>): ContentProblem {
  return { file, field, message: `"${slug}" is not a project`, fix: `use a project's file name without its NN- prefix and .mdx, one of: ${[...known].join(', ') || '(no projects yet)'}` };
}
