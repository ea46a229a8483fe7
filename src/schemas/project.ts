// Frontmatter schema of a project brief (content/projects/NN-slug.mdx). Its dates live in schedule.yaml.
import { z } from 'astro/zod';
import { frontmatter, text } from './fields';

const criterion = z.object({
  criterion: text('criterion', 'Split and leakage control'),
  points: z.number({ error: 'write the points as a number, for example: points: 25' }).int().positive(),
  /** What earns full marks. */
  description: z.string().optional(),
});

export const projectSchema = frontmatter({
  title: text('title', 'Baseline spam classifier'),
  /** Short code shown in schedules, e.g. "P1". */
  code: z.string().regex(/^P\d+$/, { error: 'write the project code as P and a number, for example: code: P1' }),
  summary: text('summary', 'Build and evaluate an offline spam model.'),
  /** What students hand in. */
  deliverables: z.array(z.string().min(1)).min(1, { error: 'list at least one deliverable' }),
  /** Grading criteria; points must add up to 100. */
  rubric: z
    .array(criterion)
    .min(1, { error: 'list the rubric criteria with points' })
    .refine((rows) => rows.reduce((sum, row) => sum + row.points, 0) === 100, {
      error: (issue) => {
        const rows = issue.input as { points: number }[];
        return `rubric points add up to ${rows.reduce((s, r) => s + r.points, 0)}; they must add up to 100`;
      },
    }),
  draft: z.boolean().default(false),
}, 'release and due dates go in content/schedule.yaml (releases and deadlines of a week); a project is hidden until its release');

export type ProjectData = z.output<typeof projectSchema>;
