// `npm run lint:content`: checks the course content without building the site; exits 1 on problems.
import { formatProblems } from '../src/lib/content-problem';
import { readContent } from '../src/lib/content-files';
import { lintContent } from '../src/lib/content-lint';

const contentDir = process.env.COURSE_CONTENT_DIR ?? 'content';
const sources = readContent(process.cwd(), contentDir);
const problems = lintContent(sources);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const pages = sources.lectures.length + sources.handouts.length + sources.projects.length;
console.log(`content: ${pages} pages and the schedule checked, no problems`);
