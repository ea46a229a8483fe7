// Checks author components in an MDX body: known names, allowed props, required props, known glossary ids.
import { checkProps } from '../components/mdx/spec';
import type { ContentProblem } from './content-problem';

/** One use of a component in MDX: its name, props (string values, or true for {expressions}) and offset. */
export interface ComponentUse {
  name: string;
  props: Record<string, string | true>;
  offset: number;
}

const TAG = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z_][\w:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\}))?)*)\s*\/?>/g;
const ATTR = /([A-Za-z_][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{(?:[^{}]|\{[^{}]*\})*\})))?/g;

/** Finds opening and self-closing component tags in prose (code already blanked out). */
export function findComponents(prose: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const tag of prose.matchAll(TAG)) {
    const props: Record<string, string | true> = {};
    for (const attr of (tag[2] ?? '').matchAll(ATTR)) props[attr[1]!] = attr[2] ?? attr[3] ?? true;
    uses.push({ name: tag[1]!, props, offset: tag.index });
  }
  return uses;
}

/** Problems for every component use; `at` turns an offset into file:line; glossary ids check <Term id>. */
export function lintComponents(prose: string, at: (offset: number) => string, glossaryIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of findComponents(prose)) {
    // {expression} values are checked when the page renders; here only their presence counts.
    const props = Object.fromEntries(Object.entries(use.props).map(([k, v]) => [k, v === true ? '{…}' : v]));
    for (const message of checkProps(use.name, props, true)) {
      if (message.includes('is not allowed') && Object.values(use.props).includes(true)) continue;
      problems.push({ file: at(use.offset), field: `<${use.name}>`, message, fix: 'see "Components you can use" in README.md' });
    }
    const id = use.props['id'];
    if (use.name === 'Term' && typeof id === 'string' && id && !glossaryIds.has(id)) {
      problems.push({ file: at(use.offset), field: '<Term id>', message: `"${id}" is not in content/glossary.yaml`, fix: `add it under terms:, e.g.  ${id}: { term: …, definition: "…" }` });
    }
  }
  return problems;
}
