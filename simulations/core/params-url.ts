// URL state for a param table: parse a query string forgivingly (defaults + notices), write share links.
import { formatValue, problemWith, type ParamSpec, type ParamSpecs, type ParamTable, type ValuesOf } from './params';

export interface ParsedQuery<Values> {
  /** Every param: the link's value when valid, otherwise the default. */
  values: Values;
  /** One human sentence per problem, for a visible notice next to the simulation. */
  notices: string[];
}

export interface ParseQueryOptions {
  /** Keys the page itself uses (e.g. 'preset', 'embed'); they are skipped without a notice. */
  pageKeys?: readonly string[];
}

/** Decimal numbers only: Number() would also accept '', ' ', '0x1f' and 'Infinity'. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TRUE_WORDS = new Set(['1', 'true']);
const FALSE_WORDS = new Set(['0', 'false']);

/**
 * Reads a query string into a complete values object. Missing keys take their defaults silently;
 * empty, malformed, out-of-range or unknown-option values take their defaults with a notice such
 * as `"lr=banana" is not a number; using the default 0.05.` Numbers are accepted anywhere in
 * range without snapping to `step`; int and seed params must be whole numbers. Unknown keys are
 * reported together in one notice.
 */
export function parseQuery<Specs extends ParamSpecs>(
  params: ParamTable<Specs>,
  query: URLSearchParams | string,
  options: ParseQueryOptions = {},
): ParsedQuery<ValuesOf<Specs>> {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values: Record<string, unknown> = { ...params.defaults };
  const notices: string[] = [];

  for (const name of params.names) {
    const spec = params.specs[name]!;
    const raws = search.getAll(spec.key);
    if (raws.length === 0) continue;
    if (raws.length > 1) notices.push(`"${spec.key}" appears ${raws.length} times in the link; using the first.`);
    const raw = raws[0]!;
    const decoded = decodeValue(spec, raw);
    if ('problem' in decoded) {
      notices.push(`"${spec.key}=${shorten(raw)}" ${decoded.problem}; using the default ${formatValue(spec.default)}.`);
    } else {
      values[name] = decoded.value;
    }
  }

  const known = new Set([...params.names.map((name) => params.specs[name]!.key), ...(options.pageKeys ?? [])]);
  const unknown = [...new Set(search.keys())].filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 10).map((key) => `"${shorten(key)}"`).join(', ');
    const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
    notices.push(`Ignored ${unknown.length === 1 ? 'an unknown setting' : 'unknown settings'} in the link: ${listed}${more}.`);
  }
  return { values: values as ValuesOf<Specs>, notices };
}

/**
 * Writes every param, in declaration order, so a share link reproduces the run even if defaults
 * change later. Numbers use their shortest exact form (0.05, 1e-7); booleans are 1 or 0.
 */
export function toQuery<Specs extends ParamSpecs>(params: ParamTable<Specs>, values: ValuesOf<Specs>): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of params.names) {
    const value = values[name] as number | string | boolean;
    search.set(params.specs[name]!.key, typeof value === 'boolean' ? (value ? '1' : '0') : formatValue(value));
  }
  return search;
}

function decodeValue(spec: ParamSpec, raw: string): { value: unknown } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { problem: 'is empty' };
  let value: unknown = text;
  if (spec.kind === 'bool') {
    const word = text.toLowerCase();
    if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word)) return { problem: 'is not true or false (use 1 or 0)' };
    value = TRUE_WORDS.has(word);
  } else if (spec.kind !== 'choice') {
    if (!DECIMAL.test(text)) return { problem: 'is not a number' };
    value = Number(text);
  }
  const problem = problemWith(spec, value);
  return problem ? { problem } : { value };
}

/** Keeps notices readable when a link carries something long or hostile. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
