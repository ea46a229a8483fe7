// The one module that queries content collections; pages get the derived course model from here.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { Temporal } from 'temporal-polyfill';
import { findComponents } from './lib/component-lint';
import { ContentError } from './lib/content-problem';
import { buildCourseModel, termInput, type CourseModel, type Entry } from './lib/course-model';
import { gateDay } from './lib/release-gate';
import { calendarDate } from './schemas/fields';
import type { Glossary } from './schemas/glossary';
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
    // Development shows everything; a production build publishes what is released by the gate day.
    visibleOn: import.meta.env.DEV ? null : gateDay(process.env, todayIn(course.data.timezone)),
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

/** The glossary (content/glossary.yaml), keyed by term id; empty when the course has none. */
export async function getGlossary(): Promise<Glossary['terms']> {
  const entry = await getEntry('glossary', 'glossary');
  return entry?.data.terms ?? {};
}

/** For each glossary term id, the published lectures that use it with <Term id="…">, in course order. */
export async function termUses(): Promise<Map<string, { code: string; title: string; slug: string }[]>> {
  const { lectures } = await getCourse();
  const uses = new Map<string, { code: string; title: string; slug: string }[]>();
  for (const lecture of lectures) {
    const body = (await getBody('lectures', lecture.slug)).body ?? '';
    const ids = new Set(findComponents(body).flatMap((use) => (use.name === 'Term' && typeof use.props['id'] === 'string' ? [use.props['id']] : [])));
    for (const id of ids) uses.set(id, [...(uses.get(id) ?? []), { code: lecture.code, title: lecture.title, slug: lecture.slug }]);
  }
  return uses;
}

/** Today in the course time zone, or PREVIEW_DATE=YYYY-MM-DD to build the site as it will look that day. */
function todayIn(timeZone: string): string {
  const preview = process.env.PREVIEW_DATE?.trim();
  if (!preview) return Temporal.Now.plainDateISO(timeZone).toString();
  const parsed = calendarDate.safeParse(preview);
  if (!parsed.success) throw new Error(`PREVIEW_DATE=${preview} is not a date. Write it as YYYY-MM-DD, e.g. PREVIEW_DATE=2027-02-15.`);
  return parsed.data;
}

export const today = (model: CourseModel): string => todayIn(model.course.timezone);

/** The week "today" falls in, as the home page shows it. */
export function currentWeek(model: CourseModel) {
  return weekOfDate(termInput(model.course), today(model));
}
