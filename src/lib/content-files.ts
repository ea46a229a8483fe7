// Reads a content folder (and public/) from disk into the shape the course linter checks.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentSources, SourceFile } from './content-lint';
import { filesUnder } from './files-under';

/** `root` is the project root; `contentDir` is relative to it (content/ or a test fixture). */
export function readContent(root: string, contentDir: string): ContentSources {
  const read = (path: string): SourceFile => ({ path, text: existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '' });
  const mdx = (folder: string) =>
    filesUnder(join(root, contentDir, folder))
      .filter((file) => /\.mdx?$/.test(file))
      .sort()
      .map((file) => read(relative(root, file)));
  return {
    course: read(join(contentDir, 'course.yaml')),
    schedule: read(join(contentDir, 'schedule.yaml')),
    glossary: read(join(contentDir, 'glossary.yaml')),
    lectures: mdx('lectures'),
    handouts: mdx('handouts'),
    projects: mdx('projects'),
    publicFiles: new Set(filesUnder(join(root, 'public')).map((file) => `/${relative(join(root, 'public'), file)}`)),
  };
}
