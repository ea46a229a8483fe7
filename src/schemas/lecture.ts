// Frontmatter schema of a lecture (content/lectures/NN-slug.mdx).
import { z } from 'astro/zod';
import { simulationIds } from '../../simulations/registry';
import { frontmatter, releaseRef, text, weekNumber } from './fields';

export const lectureSchema = frontmatter({
  /** Title as shown in navigation and the page heading. */
  title: text('title', 'Interactive, batch and streaming ML systems'),
  /** One sentence for lists and search results. */
  summary: text('summary', 'How interactive, batch and streaming systems differ and why it matters.'),
  /** 3–5 learning objectives, each starting with a measurable verb. */
  objectives: z
    .array(z.string().min(1), { error: 'list the objectives, one per line starting with "- "' })
    .min(1, { error: 'list at least one objective (3–5 is the house style)' })
    .max(6, { error: 'keep it to at most 6 objectives (3–5 is the house style)' }),
  /** Week the lecture belongs to; must match the week that lists it in content/schedule.yaml. */
  week: weekNumber,
  /** Lecture number across the course (L01 → 1); orders lectures within a week. */
  order: z.number({ error: 'write the lecture number, for example: order: 9 for L09' }).int().min(0),
  /** Ids of simulations the lecture embeds. */
  simulations: z
    .array(
      z.string().refine((id) => simulationIds.includes(id), {
        error: (issue) =>
          `"${String(issue.input)}" is not a simulation; known ids: ${simulationIds.join(', ') || '(none yet)'}`,
      }),
    )
    .default([]),
  /** Drafts are left out of production builds. */
  /** Hide the item from production builds until this week or date (see README, "Release gating"). */
  release: releaseRef.optional(),
  draft: z.boolean().default(false),
}, 'dates come from the week and content/schedule.yaml');

export type LectureData = z.output<typeof lectureSchema>;
