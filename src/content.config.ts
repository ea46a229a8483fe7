// Content collections: where each kind of course content lives and the schema it must follow.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './schemas/course';
import { glossarySchema } from './schemas/glossary';
import { handoutSchema } from './schemas/handout';
import { lectureSchema } from './schemas/lecture';
import { projectSchema } from './schemas/project';
import { scheduleSchema } from './schemas/schedule';
import { yamlDocument } from './lib/yaml-loader';

/** Content lives in ./content; tests point COURSE_CONTENT_DIR at fixture folders. */
const root = (process.env.COURSE_CONTENT_DIR ?? 'content').replace(/\/$/, '');

/** `01-interactive-batch-streaming.mdx` → `interactive-batch-streaming`. */
const slugFromFile = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/^\d+-/, '');

const mdx = (folder: string) => glob({ pattern: '*.{md,mdx}', base: `${root}/${folder}`, generateId: slugFromFile });

export const collections = {
  course: defineCollection({ loader: yamlDocument({ file: `${root}/course.yaml`, id: 'course', schema: courseSchema }), schema: courseSchema }),
  schedule: defineCollection({ loader: yamlDocument({ file: `${root}/schedule.yaml`, id: 'schedule', schema: scheduleSchema }), schema: scheduleSchema }),
  glossary: defineCollection({ loader: yamlDocument({ file: `${root}/glossary.yaml`, id: 'glossary', schema: glossarySchema, fallback: { terms: {} } }), schema: glossarySchema }),
  lectures: defineCollection({ loader: mdx('lectures'), schema: lectureSchema }),
  handouts: defineCollection({ loader: mdx('handouts'), schema: handoutSchema }),
  projects: defineCollection({ loader: mdx('projects'), schema: projectSchema }),
};
