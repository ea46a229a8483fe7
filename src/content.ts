// The one module that queries content collections; pages get the derived course model from here.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { Temporal } from 'temporal-polyfill';
import { ContentError } from './lib/content-problem';
import { buildCourseModel, termInput, type CourseModel, type Entry } from './lib/course-model';
import { weekOfDate } from './lib/term-calendar';

type MdxCollection = 'lectures' | 'handouts' | 'projects';

const toEntry = <T>(entry: { id: string; collection: string; filePath?: string | undefined; data: T }): Entry<T> => ({
  id: entry.id,
  file: entry.filePath ?? `content/${entry.collection}/${entry.id}.mdx`,
  data: entry.data,
});

let cached: Promise<CourseModel> | undefined;

/** The course model; the build stops with every content problem listed if anything is off. */
export function getCourse(): Promise<CourseModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<CourseModel> {
  const [course, schedule, lectures, handouts, projects] = await Promise.all([
    getEntry('course', 'course'),
    getEntry('schedule', 'schedule'),
    getCollection('lectures'),
    getCollection('handouts'),
    getCollection('projects'),
  ]);
  if (!course || !schedule) throw new Error('content/course.yaml and content/schedule.yaml are both required');
  const { model, problems } = buildCourseModel({
    course: course.data,
    schedule: schedule.data,
    lectures: lectures.map(toEntry),
    handouts: handouts.map(toEntry),
    projects: projects.map(toEntry),
    includeDrafts: import.meta.env.DEV,
    scheduleFile: schedule.filePath ?? 'content/schedule.yaml',
  });
  if (problems.length > 0) throw new ContentError(problems);
  return model;
}

/** The MDX entry behind a lecture, handout or project page, for rendering its body. */
export async function getBody<C extends MdxCollection>(collection: C, slug: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, slug);
  if (!entry) throw new Error(`no ${collection} entry "${slug}"`);
  return entry as CollectionEntry<C>;
}

/** Today in the course time zone; COURSE_TODAY=YYYY-MM-DD pins it for tests and previews. */
export function today(model: CourseModel): string {
  return process.env.COURSE_TODAY ?? Temporal.Now.plainDateISO(model.course.timezone).toString();
}

/** The week "today" falls in, as the home page shows it. */
export function currentWeek(model: CourseModel) {
  return weekOfDate(termInput(model.course), today(model));
}
