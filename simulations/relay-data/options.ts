// The Relay data generator's settings: one table of defaults, ranges and help, read by the page, the CLI and the checks.

export const DRIFT_SCENARIOS = ['none', 'new-campaign', 'mimicry', 'label-delay'] as const;
export type DriftScenario = (typeof DRIFT_SCENARIOS)[number];

export const FORMATS = ['csv', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface RelayDataOptions {
  seed: number;
  /** Number of messages; events come on top (roughly one per message). */
  rows: number;
  /** First day of mail, YYYY-MM-DD (UTC midnight). */
  start: string;
  /** Length of the date range in days; the last message arrives at or shortly before its end. */
  days: number;
  /** Share of unwanted mail (spam + abuse) in baseline traffic. */
  unwanted: number;
  /** Share of events that reach Relay hours late (a phone that was offline). */
  lateRate: number;
  /** Share of events delivered twice with the same event_id (at-least-once delivery). */
  duplicateRate: number;
  drift: DriftScenario;
}

interface NumberField {
  kind: 'number';
  label: string;
  min: number;
  max: number;
  integer: boolean;
  help: string;
}
interface ChoiceField {
  kind: 'choice';
  label: string;
  values: readonly string[];
  help: string;
}
interface DateField {
  kind: 'date';
  label: string;
  help: string;
}
export type Field = NumberField | ChoiceField | DateField;

export const DEFAULT_OPTIONS: Readonly<RelayDataOptions> = Object.freeze({
  seed: 7,
  rows: 10_000,
  start: '2027-01-04',
  days: 28,
  unwanted: 0.3,
  lateRate: 0.02,
  duplicateRate: 0.01,
  drift: 'none',
});

export const MAX_ROWS = 1_000_000;

export const FIELDS: Readonly<Record<keyof RelayDataOptions, Field>> = {
  seed: { kind: 'number', label: 'Seed', min: 1, max: 2 ** 31 - 1, integer: true, help: 'Same seed and settings give byte-identical files.' },
  rows: { kind: 'number', label: 'Messages', min: 100, max: MAX_ROWS, integer: true, help: 'Rows in messages; user events add roughly one row per message.' },
  start: { kind: 'date', label: 'First day', help: 'UTC date of the first message, YYYY-MM-DD.' },
  days: { kind: 'number', label: 'Days', min: 1, max: 366, integer: true, help: 'Length of the date range.' },
  unwanted: { kind: 'number', label: 'Unwanted share', min: 0.01, max: 0.9, integer: false, help: 'Share of spam and abuse among messages (about one in six unwanted messages is abuse).' },
  lateRate: { kind: 'number', label: 'Late events', min: 0, max: 0.5, integer: false, help: 'Share of user events that reach Relay 1 to 72 hours after the user acted.' },
  duplicateRate: { kind: 'number', label: 'Duplicate events', min: 0, max: 0.5, integer: false, help: 'Share of user events delivered twice with the same event_id.' },
  drift: { kind: 'choice', label: 'Drift', values: DRIFT_SCENARIOS, help: 'What changes from 60% of the way through the range.' },
};

export const DRIFT_LABELS: Readonly<Record<DriftScenario, string>> = {
  none: 'None: the world stays the same',
  'new-campaign': 'New campaign: spam with words never seen before',
  mimicry: 'Mimicry: spam written like ordinary mail (concept drift)',
  'label-delay': 'Label delay: users report spam six times later',
};

export interface OptionsResult {
  options: RelayDataOptions;
  /** One sentence per bad field: which field, what was given, what to write. Empty when all is well. */
  problems: string[];
}

/**
 * Reads settings from strings (URL query, form fields, CLI flags) or numbers. Unknown keys are
 * reported; each bad value falls back to its default and is reported, so callers can show a
 * message and still work.
 */
export function resolveOptions(input: Readonly<Record<string, unknown>>): OptionsResult {
  const options: RelayDataOptions = { ...DEFAULT_OPTIONS };
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined || raw === '') continue;
    const field = (FIELDS as Record<string, Field>)[key];
    if (!field) {
      problems.push(`"${key}" is not a setting; use ${Object.keys(FIELDS).join(', ')}.`);
      continue;
    }
    const value = readField(field, raw);
    if (typeof value === 'string' && value.startsWith('!')) problems.push(`${key}: ${value.slice(1)}`);
    else (options as unknown as Record<string, unknown>)[key] = value;
  }
  return { options, problems };
}

/** The value, or a string starting with "!" that explains the problem. */
function readField(field: Field, raw: unknown): number | string {
  const text = String(raw).trim();
  if (field.kind === 'choice') return field.values.includes(text) ? text : `!"${text}" is not one of ${field.values.join(', ')}.`;
  if (field.kind === 'date') {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
    return ok ? text : `!"${text}" is not a date; write YYYY-MM-DD, for example 2027-01-04.`;
  }
  const value = Number(text);
  const range = `a ${field.integer ? 'whole number' : 'number'} from ${field.min} to ${field.max}`;
  if (text === '' || !Number.isFinite(value) || (field.integer && !Number.isInteger(value)) || value < field.min || value > field.max) {
    return `!"${text}" is not allowed; write ${range}.`;
  }
  return value;
}

/** The settings as CLI flags, e.g. to show the command that writes the same files. */
export function toCliArgs(options: RelayDataOptions): string {
  return (Object.keys(FIELDS) as (keyof RelayDataOptions)[])
    .filter((key) => options[key] !== DEFAULT_OPTIONS[key] || key === 'seed' || key === 'rows')
    .map((key) => `--${kebab(key)} ${options[key]}`)
    .join(' ');
}

/** The settings as URL query parameters (only those that differ from the defaults). */
export function toQuery(options: RelayDataOptions): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(FIELDS) as (keyof RelayDataOptions)[]) if (options[key] !== DEFAULT_OPTIONS[key]) query.set(key, String(options[key]));
  return query.toString();
}

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
