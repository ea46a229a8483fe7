// Schema of content/glossary.yaml: the course's terms, referenced from MDX with <Term id="…">.
import { z } from 'astro/zod';
import { text } from './fields';

/** A term id: lowercase words joined by hyphens, as written in <Term id="…">. */
export const termId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (issue) => `"${String(issue.input)}" is not a term id; use lowercase words joined by hyphens, for example: exactly-once` });

export const glossaryEntrySchema = z.strictObject(
  {
    /** The term as it is shown in the glossary, e.g. "Watermark". */
    term: text('term', 'Watermark'),
    /** One or two plain sentences; shown on hover and on the glossary page. */
    definition: text('definition', 'A marker in a stream that says no events older than a time are expected.'),
    /** Related term ids, listed under "See also". */
    see: z.array(termId).default([]),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}; a glossary entry takes term, definition and see` : undefined) },
);

export const glossarySchema = z.strictObject({
  /** Term id → entry, e.g.  watermark: { term: Watermark, definition: "…" } */
  terms: z.record(z.string(), glossaryEntrySchema).superRefine((terms, ctx) => {
    // Checked here rather than as the record's key schema so the author sees which id is wrong.
    for (const id of Object.keys(terms)) {
      const result = termId.safeParse(id);
      if (!result.success) ctx.addIssue({ code: 'custom', path: [id], message: result.error.issues[0]!.message });
    }
  }),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type Glossary = z.output<typeof glossarySchema>;
