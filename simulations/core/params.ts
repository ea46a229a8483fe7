// The one param table format every simulation uses: defaults, ranges, labels, URL keys, zod schema.
import { z } from 'zod';
import { MAX_SEED } from './rng';

// The site's Content Security Policy forbids eval; without this, zod probes for it with Function('') and the browser reports a violation.
z.config({ jitless: true });

export type ParamKind = 'number' | 'int' | 'choice' | 'bool' | 'seed';

interface ParamBase<Kind extends ParamKind, Value> {
  readonly kind: Kind;
  /** Query-string key; short, URL-safe and unique within the table. */
  readonly key: string;
  /** Control label shown to readers. */
  readonly label: string;
  /** One or two sentences for the tooltip and the generated docs table. */
  readonly help: string;
  readonly default: Value;
}

export interface NumberParam extends ParamBase<'number', number> {
  readonly min: number;
  readonly max: number;
  /** Slider granularity only; parsed values are not snapped to it. */
  readonly step: number;
  /** 'log' asks controls for a logarithmic slider; needs min > 0. */
  readonly scale: 'linear' | 'log';
  readonly unit: string;
}

export interface IntParam extends ParamBase<'int', number> {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit: string;
}

export interface ChoiceOption<Value extends string = string> {
  readonly value: Value;
  readonly label: string;
}

export interface ChoiceParam<Value extends string = string> extends ParamBase<'choice', Value> {
  readonly options: readonly ChoiceOption<Value>[];
}

export type BoolParam = ParamBase<'bool', boolean>;

export interface SeedParam extends ParamBase<'seed', number> {
  readonly min: 1;
  readonly max: typeof MAX_SEED;
}

export type ParamSpec = NumberParam | IntParam | ChoiceParam | BoolParam | SeedParam;
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The value type a spec holds: number, boolean, or the union of a choice's option values. */
export type ValueOf<Spec> = Spec extends ParamBase<ParamKind, infer Value> ? Value : never;
export type ValuesOf<Specs extends ParamSpecs> = { [Name in keyof Specs]: ValueOf<Specs[Name]> };

/** One row of the generated docs table; fields that do not apply to a kind are null. */
export interface ParamRow {
  name: string;
  key: string;
  label: string;
  kind: ParamKind;
  default: number | string | boolean;
  min: number | null;
  max: number | null;
  step: number | null;
  unit: string | null;
  options: readonly ChoiceOption[] | null;
  help: string;
}

export interface ParamTable<Specs extends ParamSpecs> {
  readonly specs: Specs;
  /** Param names in declaration order: the order of controls, docs rows and query keys. */
  readonly names: readonly (keyof Specs & string)[];
  readonly defaults: Readonly<ValuesOf<Specs>>;
  /** Validates a complete values object (every param present, no unknown names). */
  readonly schema: z.ZodType<ValuesOf<Specs>>;
  describe(): ParamRow[];
}

/** `ParamValues<typeof params>` is the values object a simulation's engine receives. */
export type ParamValues<Table> = Table extends ParamTable<infer Specs> ? ValuesOf<Specs> : never;

type Common<Value> = { key: string; label: string; help: string; default: Value };

export function numberParam(spec: Common<number> & { min: number; max: number; step?: number; scale?: 'linear' | 'log'; unit?: string }): NumberParam {
  const param: NumberParam = { kind: 'number', step: (spec.max - spec.min) / 100, scale: 'linear', unit: '', ...spec };
  checkRange(param);
  if (param.scale === 'log' && !(param.min > 0)) throw new Error(`Param "${param.key}": a log scale needs min > 0, got ${param.min}.`);
  return Object.freeze(param);
}

export function intParam(spec: Common<number> & { min: number; max: number; step?: number; unit?: string }): IntParam {
  const param: IntParam = { kind: 'int', step: 1, unit: '', ...spec };
  if (![param.min, param.max, param.step].every(Number.isInteger)) throw new Error(`Param "${param.key}": min, max and step must be whole numbers.`);
  checkRange(param);
  return Object.freeze(param);
}

export function choiceParam<const Value extends string>(
  spec: Common<NoInfer<Value>> & { options: readonly ChoiceOption<Value>[] },
): ChoiceParam<Value> {
  const values = spec.options.map((option) => option.value);
  if (values.length === 0) throw new Error(`Param "${spec.key}": a choice needs at least one option.`);
  if (new Set(values).size !== values.length) throw new Error(`Param "${spec.key}": option values must be unique.`);
  const param: ChoiceParam<Value> = { kind: 'choice', ...spec };
  checkDefault(param);
  return Object.freeze(param);
}

export function boolParam(spec: Common<boolean>): BoolParam {
  const param: BoolParam = { kind: 'bool', ...spec };
  checkDefault(param);
  return Object.freeze(param);
}

/** The run's seed: key 'seed', an integer in [1, 2^31 - 1] (TF.js reads 0 as "unseeded"). */
export function seedParam(spec: Partial<Common<number>> = {}): SeedParam {
  const param: SeedParam = {
    kind: 'seed',
    key: 'seed',
    label: 'Seed',
    help: 'Same seed and settings give exactly the same run; change it to see another random draw.',
    default: 42,
    ...spec,
    min: 1,
    max: MAX_SEED,
  };
  checkDefault(param);
  return Object.freeze(param);
}

function checkRange(param: NumberParam | IntParam): void {
  if (!(Number.isFinite(param.min) && Number.isFinite(param.max) && param.min < param.max)) {
    throw new Error(`Param "${param.key}": needs finite min < max, got ${param.min} and ${param.max}.`);
  }
  if (!(param.step > 0)) throw new Error(`Param "${param.key}": step must be > 0, got ${param.step}.`);
  checkDefault(param);
}

function checkDefault(param: ParamSpec): void {
  if (!/^[A-Za-z0-9_-]+$/.test(param.key)) throw new Error(`Param key "${param.key}" must use only letters, digits, "_" and "-" so links need no escaping.`);
  const problem = problemWith(param, param.default);
  if (problem) throw new Error(`Param "${param.key}": the default ${problem}.`);
}

// Specs are immutable, so each one's schema is built once however many links are parsed.
const schemas = new WeakMap<ParamSpec, z.ZodType>();

/** The zod schema of one param's value; its messages read as the end of a sentence ("is below the minimum 1"). */
export function paramSchema(spec: ParamSpec): z.ZodType {
  let schema = schemas.get(spec);
  if (!schema) {
    schema = buildSchema(spec);
    schemas.set(spec, schema);
  }
  return schema;
}

function buildSchema(spec: ParamSpec): z.ZodType {
  switch (spec.kind) {
    case 'number':
    case 'int':
    case 'seed': {
      let schema = z.number({ error: 'is not a number' });
      if (spec.kind !== 'number') schema = schema.int({ error: 'is not a whole number' });
      return schema
        .min(spec.min, { error: `is below the minimum ${formatValue(spec.min)}` })
        .max(spec.max, { error: `is above the maximum ${formatValue(spec.max)}` });
    }
    case 'choice': {
      const values = spec.options.map((option) => option.value);
      return z.enum(values as [string, ...string[]], { error: `is not one of ${values.join(', ')}` });
    }
    case 'bool':
      return z.boolean({ error: 'is not true or false' });
  }
}

/** Why `value` is not valid for `spec` ("is above the maximum 2"), or null when it is. */
export function problemWith(spec: ParamSpec, value: unknown): string | null {
  const result = paramSchema(spec).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'is not valid');
}

/** Compact, exactly round-tripping text for a value: shortest float form, no "+" in exponents. */
export function formatValue(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  return Object.is(value, -0) ? '0' : String(value).replace('e+', 'e');
}

export function defineParams<Specs extends ParamSpecs>(specs: Specs): ParamTable<Specs> {
  const names = Object.keys(specs) as (keyof Specs & string)[];
  const owners = new Map<string, string>();
  for (const name of names) {
    const key = specs[name]!.key;
    const owner = owners.get(key);
    if (owner) throw new Error(`Params "${owner}" and "${name}" share the URL key "${key}"; keys must be unique.`);
    owners.set(key, name);
  }
  const defaults = Object.freeze(Object.fromEntries(names.map((name) => [name, specs[name]!.default]))) as Readonly<ValuesOf<Specs>>;
  const schema = z.strictObject(Object.fromEntries(names.map((name) => [name, paramSchema(specs[name]!)]))) as unknown as z.ZodType<ValuesOf<Specs>>;
  return { specs, names, defaults, schema, describe: () => names.map((name) => describeRow(name, specs[name]!)) };
}

function describeRow(name: string, spec: ParamSpec): ParamRow {
  const ranged = spec.kind === 'number' || spec.kind === 'int' || spec.kind === 'seed';
  return {
    name,
    key: spec.key,
    label: spec.label,
    kind: spec.kind,
    default: spec.default,
    min: ranged ? spec.min : null,
    max: ranged ? spec.max : null,
    step: spec.kind === 'number' || spec.kind === 'int' ? spec.step : spec.kind === 'seed' ? 1 : null,
    unit: spec.kind === 'number' || spec.kind === 'int' ? spec.unit : null,
    options: spec.kind === 'choice' ? spec.options : null,
    help: spec.help,
  };
}

/**
 * Checks values given by name (e.g. MDX overrides). Never throws: invalid or unknown entries are
 * reported in `problems` and the rest are merged over the defaults into `values`.
 */
export function validateValues<Specs extends ParamSpecs>(
  params: ParamTable<Specs>,
  partial: Readonly<Record<string, unknown>>,
): { values: ValuesOf<Specs>; problems: string[] } {
  const values: Record<string, unknown> = { ...params.defaults };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(partial)) {
    const spec = Object.hasOwn(params.specs, name) ? params.specs[name] : undefined;
    if (!spec) {
      problems.push(`"${name}" is not a setting of this simulation; the settings are ${params.names.join(', ')}.`);
      continue;
    }
    const problem = problemWith(spec, value);
    if (problem) problems.push(`${name} = ${describeValue(value)} ${problem}; using ${formatValue(spec.default)}.`);
    else values[name] = value;
  }
  return { values: values as ValuesOf<Specs>, problems };
}

/** A short, safe rendering of an arbitrary value for messages. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'number' ? formatValue(value) : typeof value === 'string' || typeof value === 'object' ? jsonOrString(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function jsonOrString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
