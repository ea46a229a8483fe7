// Parses a YAML document strictly and validates content against a schema, with author-facing errors.
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, fieldPath } from './content-problem';

/** YAML 1.2 core schema: dates stay strings (so 2027-02-30 is caught, not rolled over). */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file,
        field: error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '(syntax)',
        message: error.message.split('\n')[0] ?? 'the YAML does not parse',
        fix: 'check indentation (spaces, not tabs), colons after keys, and quotes around text containing ": " or "#"',
      })),
    );
  }
  return doc.toJS();
}

/** Validates `data` with `schema`; every failing field becomes one problem naming the file. */
export function validateContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(
    result.error.issues.map((issue) => ({
      file,
      field: fieldPath(issue.path),
      message: issue.message,
      fix: fixFor(issue),
    })),
  );
}

function fixFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `add the field ${fieldPath(issue.path)}`;
  if (issue.code === 'unrecognized_keys') return `remove or correct ${issue.keys.join(', ')} (check the spelling)`;
  return ''; // the schema's own message already says what to write
}
