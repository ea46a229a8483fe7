// The course linter: schema, schedule and body checks over raw content files, reported as file:line.
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { courseSchema } from '../schemas/course';
import { handoutSchema } from '../schemas/handout';
import { lectureSchema } from '../schemas/lecture';
import { simulationIds } from '../../simulations/registry';
import { glossarySchema } from '../schemas/glossary';
import { projectSchema } from '../schemas/project';
import { scheduleSchema } from '../schemas/schedule';
import { lintComponents } from './component-lint';
import { ContentError, fieldPath, type ContentProblem } from './content-problem';
import { courseCalendar } from './course-calendar';
import { buildCourseModel, type CourseModel, type Entry } from './course-model';
import { writeCalendar } from './ics';
import { simulationEmbed, simulationPage, STATIC_PAGES } from './site-pages';
import { parseYaml, validateContent } from './validate-content';

export interface SourceFile {
  /** Path from the project root, e.g. content/lectures/01-x.mdx. */
  path: string;
  text: string;
}

export interface ContentSources {
  course: SourceFile;
  schedule: SourceFile;
  /** content/glossary.yaml; optional (empty text when the course has none). */
  glossary?: SourceFile | undefined;
  lectures: SourceFile[];
  handouts: SourceFile[];
  projects: SourceFile[];
  /** Root-relative paths of files in public/, e.g. /favicon.svg. */
  publicFiles: ReadonlySet<string>;
}

const STATIC_ROUTES = [...STATIC_PAGES, '/calendar.ics'];
const slugOf = (path: string) => path.split('/').pop()!.replace(/\.mdx?$/, '').replace(/^\d+-/, '');
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Splits `---` frontmatter from the body; `bodyLine` is the file line where the body starts. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { yaml: '', body: text, bodyLine: 1 };
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyLine: lineAt(text, match[0].length) };
}

/** Validates frontmatter; each problem points at the line of the offending key. */
function frontmatter<S extends z.ZodType>(file: SourceFile, schema: S, problems: ContentProblem[]): z.output<S> | undefined {
  const { yaml } = splitFrontmatter(file.text);
  const doc = parseDocument(yaml);
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const node = doc.getIn(issue.path.slice(0, 1) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineAt(yaml, node.range[0]) + 1 : 1;
    problems.push({ file: `${file.path}:${line}`, field: fieldPath(issue.path), message: issue.message, fix: '' });
  }
  return undefined;
}

/** Body checks: code fences have a language, figures have alt and caption, internal links resolve. */
function lintBody(file: SourceFile, routes: ReadonlySet<string>, drafts: ReadonlySet<string>, glossaryIds: ReadonlySet<string>, problems: ContentProblem[], isLecture: boolean, declaredSimulations?: readonly string[]) {
  const { body, bodyLine } = splitFrontmatter(file.text);
  const at = (offset: number) => `${file.path}:${bodyLine + lineAt(body, offset) - 1}`;
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => {
    if (/^(```|~~~)[ \t]*\n/.test(block)) problems.push({ file: at(body.indexOf(block)), field: 'code block', message: 'a code block has no language', fix: 'name it after the opening fence, e.g. ```python, ```sql, ```yaml, ```bash or ```text' });
    return block.replace(/[^\n]/g, ' '); // keep offsets, drop code from the link and figure checks
  }).replace(/`[^`\n]+`/g, (span) => ' '.repeat(span.length)); // inline code may show tags as text
  problems.push(...lintComponents(prose, at, glossaryIds, declaredSimulations, isLecture));
  for (const image of prose.matchAll(/!\[\s*\]\(/g)) {
    problems.push({ file: at(image.index), field: 'image', message: 'an image has no alt text', fix: 'write ![what the image shows](/path.png)' });
  }
  for (const link of prose.matchAll(/\]\((\/[^)\s]*)|\b(?:href|src)="(\/[^"]*)"/g)) {
    const target = (link[1] ?? link[2])!.split(/[?#]/)[0]!;
    if (routes.has(target)) continue;
    const draft = drafts.has(target);
    problems.push({
      file: at(link.index),
      field: 'link',
      message: draft ? `links to ${target}, which is a draft and is never published` : `links to ${target}, which is not a page or file of the site`,
      fix: draft ? 'publish the target (draft: false) or remove the link' : 'link to an existing page, root-relative with a trailing slash, e.g. /lectures/<slug>/',
    });
  }
}

/** Every problem in the content, in one pass, so an author can fix them all at once. */
export function lintContent(sources: ContentSources): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const yamlFile = <S extends z.ZodType>(file: SourceFile, schema: S): z.output<S> | undefined => {
    try {
      return validateContent(schema, parseYaml(file.text, file.path), file.path);
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };
  const course = yamlFile(sources.course, courseSchema);
  const schedule = yamlFile(sources.schedule, scheduleSchema);
  const glossary = sources.glossary?.text.trim() ? yamlFile(sources.glossary, glossarySchema) : { terms: {} };
  const glossaryIds = new Set(Object.keys(glossary?.terms ?? {}));
  for (const [id, entry] of Object.entries(glossary?.terms ?? {})) {
    for (const see of entry.see.filter((other) => !glossaryIds.has(other))) {
      problems.push({ file: sources.glossary!.path, field: `terms.${id}.see`, message: `"${see}" is not a term in the glossary`, fix: 'list ids of terms defined in the same file' });
    }
  }
  const entries = <S extends z.ZodType>(files: SourceFile[], schema: S) =>
    files.flatMap((file) => {
      const data = frontmatter(file, schema, problems);
      return data ? [{ id: slugOf(file.path), file: file.path, data } as Entry<z.output<S>>] : [];
    });
  const lectures = entries(sources.lectures, lectureSchema);
  const handouts = entries(sources.handouts, handoutSchema);
  const projects = entries(sources.projects, projectSchema);

  const routes = new Set([...STATIC_ROUTES, ...sources.publicFiles, ...simulationIds.flatMap((id) => [simulationPage(id), simulationEmbed(id)])]);
  const drafts = new Set<string>();
  const addPages = (prefix: string, list: Entry<{ draft: boolean }>[]) =>
    list.forEach((e) => (e.data.draft ? drafts : routes).add(`/${prefix}/${e.id}/`));
  addPages('lectures', lectures);
  addPages('handouts', handouts);
  addPages('projects', projects);
  schedule?.weeks.forEach((w) => routes.add(`/weeks/${w.week}/`));

  if (course && schedule && problems.length === 0) {
    // Every release counts as published here: links to not-yet-released pages are fine (they show their date).
    const built = buildCourseModel({ course, schedule, lectures, handouts, projects, includeDrafts: false, visibleOn: null, scheduleFile: sources.schedule.path });
    problems.push(...built.problems);
    if (built.problems.length === 0) problems.push(...calendarProblems(built.model, sources.schedule.path));
  }
  const declared = new Map(lectures.map((l) => [l.file, l.data.simulations]));
  for (const file of sources.lectures) lintBody(file, routes, drafts, glossaryIds, problems, true, declared.get(file.path));
  for (const file of [...sources.handouts, ...sources.projects]) lintBody(file, routes, drafts, glossaryIds, problems, false);
  return problems;
}

/** The calendar feed is written at build time; catch what would break it (such as two events with one UID) here, with the file. */
function calendarProblems(model: CourseModel, scheduleFile: string): ContentProblem[] {
  try {
    writeCalendar(courseCalendar(model, (path) => `https://example.org${path}`, '2000-01-01T00:00:00Z'));
    return [];
  } catch (error) {
    return [{ file: scheduleFile, field: 'calendar.ics', message: `the calendar feed cannot be written: ${(error as Error).message}`, fix: 'give each deadline of a week its own title, and each project milestone its own name' }];
  }
}
