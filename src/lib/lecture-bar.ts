// The bar a finished lecture meets (content-style.md): prose length, objectives, figures, exercises, readings. Pure; read by the content test.

export const PROSE_WORDS = { min: 1_800, max: 3_000 } as const;
export const OBJECTIVES = { min: 3, max: 5 } as const;
export const MIN_FIGURES = 2;
export const EXERCISES = { min: 3, max: 6 } as const;
export const MIN_READINGS = 3;

export interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the file. */
  line: number;
}

const FENCE = /^(```|~~~)([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;

/** Fenced code blocks with their language (first word after the fence) and line. */
export function codeBlocks(body: string): CodeBlock[] {
  return [...body.matchAll(FENCE)].map((m) => ({ lang: (m[2] ?? '').trim().split(/\s+/)[0] ?? '', code: m[3] ?? '', line: body.slice(0, m.index).split('\n').length }));
}

const count = (body: string, pattern: RegExp) => (body.match(pattern) ?? []).length;

/** The text of one h2 section (up to the next h2), or null when there is none. */
function section(body: string, heading: string): string | null {
  const start = body.search(new RegExp(`^## ${heading}\\s*$`, 'm'));
  if (start < 0) return null;
  const rest = body.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const withoutSection = (body: string, heading: string) => {
  const text = section(body, heading);
  return text === null ? body : body.replace(text, '');
};

/**
 * Words a student reads as prose: code, inline SVG, attribute values (alt text, captions), HTML
 * comments, JSX tags and the Further reading list are dropped; text inside components (callouts,
 * exercises, solutions) counts. <Speaker> notes and <SlidesOnly> text are not on the page, so they do not.
 */
export function proseWords(body: string): number {
  const text = withoutSection(body, 'Further reading')
    .replace(FENCE, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(Speaker|SlidesOnly)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    // A tag with its attributes, which may hold quoted text with ">" or braces with arrays.
    .replace(/<\/?[A-Za-z][^>"'{}]*(?:(?:"[^"]*"|'[^']*'|\{[^}]*\})[^>"'{}]*)*\/?>/g, ' ')
    .replace(/`[^`\n]*`/g, ' x ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}


export interface LectureFacts {
  words: number;
  objectives: number;
  figures: number;
  exercises: number;
  solutions: number;
  readings: number;
  takeaways: number;
}

export function lectureFacts(body: string, objectives: number): LectureFacts {
  const takeaways = section(body, 'Key takeaways');
  return {
    words: proseWords(body),
    objectives,
    figures: count(body, /<Figure\b/g),
    exercises: count(body, /<Exercise\b/g),
    solutions: count(body, /<Solution\b/g),
    readings: count(section(body, 'Further reading') ?? '', /<Reading\b/g),
    takeaways: takeaways ? count(takeaways, /^[-*] /gm) : 0,
  };
}

/** Sentences saying what falls short of the bar, each with what to do; empty when the lecture meets it. */
export function lectureProblems(facts: LectureFacts): string[] {
  const problems: string[] = [];
  const within = (value: number, range: { min: number; max: number }) => value >= range.min && value <= range.max;
  if (!within(facts.words, PROSE_WORDS)) problems.push(`has ${facts.words} words of prose; write ${PROSE_WORDS.min}–${PROSE_WORDS.max} (code and figures not counted)`);
  if (!within(facts.objectives, OBJECTIVES)) problems.push(`has ${facts.objectives} objectives; list ${OBJECTIVES.min}–${OBJECTIVES.max}`);
  if (facts.figures < MIN_FIGURES) problems.push(`has ${facts.figures} figures; add at least ${MIN_FIGURES} <Figure> diagrams`);
  if (!within(facts.exercises, EXERCISES)) problems.push(`has ${facts.exercises} exercises; write ${EXERCISES.min}–${EXERCISES.max}`);
  if (facts.solutions < facts.exercises) problems.push(`has ${facts.exercises} exercises but ${facts.solutions} solutions; give every <Exercise> a <Solution>`);
  if (facts.takeaways < 3 || facts.takeaways > 5) problems.push(`has ${facts.takeaways} key takeaways; write 3–5 bullets under "## Key takeaways"`);
  if (facts.readings < MIN_READINGS) problems.push(`has ${facts.readings} readings; list at least ${MIN_READINGS} <Reading> entries under "## Further reading"`);
  return problems;
}
