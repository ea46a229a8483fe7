// A problem found in course content, reported with the file, the field and how to fix it.
export interface ContentProblem {
  /** Path from the project root, e.g. content/schedule.yaml. */
  file: string;
  /** Dotted path of the field, e.g. weeks[2].lectures[0]. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it; empty when the message already says. */
  fix: string;
}

/** One readable block for the terminal: every problem with its file, field and fix. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const blocks = problems.map((p) => `  ${p.file} → ${p.field}\n    ${p.message}${p.fix ? `\n    Fix: ${p.fix}` : ''}`);
  return `Course content has ${count}:\n\n${blocks.join('\n\n')}\n`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** Turns a zod issue path like ['weeks', 2, 'lectures', 0] into "weeks[2].lectures[0]". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '') || '(top level)';
}
