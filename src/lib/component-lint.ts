// Checks author components in an MDX body: known names, allowed props, required props, known glossary ids.
import { simulations } from '../../simulations/registry';
import { checkProps, DECK_COMPONENTS } from '../components/mdx/spec';
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

/** Simulation problems: unknown id or preset, and ids the lecture's `simulations:` frontmatter does not list. */
function lintSimulation(use: ComponentUse, declared: readonly string[] | undefined): { field: string; message: string; fix: string }[] {
  const id = use.props[use.name === 'Predict' ? 'sim' : 'id'];
  if (typeof id !== 'string' || !id) return [];
  const entry = simulations[id];
  const known = Object.keys(simulations).join(', ');
  if (!entry) return [{ field: `<${use.name} ${use.name === 'Predict' ? 'sim' : 'id'}>`, message: `"${id}" is not a simulation`, fix: `use one of: ${known}` }];
  const problems = [];
  const preset = use.props['preset'];
  if (typeof preset === 'string' && !(preset in entry.presets)) {
    problems.push({ field: '<Simulation preset>', message: `"${preset}" is not a preset of ${id}`, fix: `use one of: ${Object.keys(entry.presets).join(', ')}` });
  }
  if (use.name === 'Simulation' && declared && !declared.includes(id)) {
    problems.push({ field: '<Simulation id>', message: `the lecture embeds "${id}" but its frontmatter does not list it`, fix: `add it: simulations: [${[...declared, id].join(', ')}]` });
  }
  return problems;
}

const isDeckComponent = (name: string) => (DECK_COMPONENTS as readonly string[]).includes(name);

/** Slide components need a deck (lectures have one) and must not sit where the deck never looks (inside <NotesOnly>). */
function lintDeckUse(use: ComponentUse, prose: string, isLecture: boolean): { field: string; message: string; fix: string } | undefined {
  if (!isDeckComponent(use.name)) return undefined;
  if (!isLecture) {
    return { field: `<${use.name}>`, message: `<${use.name}> is for a lecture's slides, and only lectures have a slide deck`, fix: use.name === 'NotesOnly' ? 'remove the <NotesOnly> tags and keep their content as plain prose' : `remove <${use.name}> from this page` };
  }
  const before = prose.slice(0, use.offset);
  const insideNotesOnly = before.lastIndexOf('<NotesOnly') > before.lastIndexOf('</NotesOnly>');
  if (use.name !== 'NotesOnly' && insideNotesOnly) {
    return { field: `<${use.name}>`, message: `<${use.name}> is inside <NotesOnly>, which the slides leave out, so it would never show`, fix: `move <${use.name}> after </NotesOnly>` };
  }
  return undefined;
}

/** Problems for every component use; `at` turns an offset into file:line; glossary ids check <Term id>. */
export function lintComponents(prose: string, at: (offset: number) => string, glossaryIds: ReadonlySet<string>, declaredSimulations?: readonly string[], isLecture = declaredSimulations !== undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const use of findComponents(prose)) {
    // {expression} values are checked when the page renders; here only their presence counts.
    const props = Object.fromEntries(Object.entries(use.props).map(([k, v]) => [k, v === true ? '{…}' : v]));
    for (const message of checkProps(use.name, props, true)) {
      if (message.includes('is not allowed') && Object.values(use.props).includes(true)) continue;
      problems.push({ file: at(use.offset), field: `<${use.name}>`, message, fix: 'see "Components you can use" in README.md' });
    }
    const deck = lintDeckUse(use, prose, isLecture);
    if (deck) problems.push({ file: at(use.offset), ...deck });
    const id = use.props['id'];
    if (use.name === 'Term' && typeof id === 'string' && id && !glossaryIds.has(id)) {
      problems.push({ file: at(use.offset), field: '<Term id>', message: `"${id}" is not in content/glossary.yaml`, fix: `add it under terms:, e.g.  ${id}: { term: …, definition: "…" }` });
    }
    if (use.name === 'Simulation' || use.name === 'Predict') {
      for (const problem of lintSimulation(use, declaredSimulations)) problems.push({ file: at(use.offset), ...problem });
    }
  }
  return problems;
}
