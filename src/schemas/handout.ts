// Frontmatter schema of a handout (content/handouts/slug.mdx): syllabus, checklists, tutorials.
import { z } from 'astro/zod';
import { frontmatter, text, weekNumber } from './fields';

export const HANDOUT_KINDS = ['syllabus', 'checklist', 'tutorial', 'reference'] as const;

export const handoutSchema = frontmatter({
  title: text('title', 'ML experiment checklist'),
  summary: text('summary', 'What to check before you report a model result.'),
  /** Groups handouts on the index page. */
  kind: z.enum(HANDOUT_KINDS, { error: `kind must be one of: ${HANDOUT_KINDS.join(', ')}` }),
  /** Position within its kind on the index page. */
  order: z.number({ error: 'write a whole number, for example: order: 1' }).int().default(100),
  /** Week the handout is first needed, if any. */
  week: weekNumber.optional(),
  draft: z.boolean().default(false),
}, 'handouts take title, summary, kind, order, week and draft');

export type HandoutData = z.output<typeof handoutSchema>;
