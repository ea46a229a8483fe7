// Named scenarios over a param table ("imbalanced data"), validated when the simulation is defined.
import { describeValue, problemWith, type ParamSpecs, type ParamTable, type ValuesOf } from './params';

export interface PresetInput<Values> {
  /** Short name for the preset picker, e.g. "Imbalanced data". */
  label: string;
  /** The lesson in a sentence or two: what to look at when this preset runs. */
  description: string;
  /** Only the params the scenario changes; everything else stays at its default. */
  values: Readonly<Partial<Values>>;
}

export interface Preset<Values> extends PresetInput<Values> {
  /** The id MDX uses: `<Simulation id="…" preset="imbalanced-data" />`. */
  readonly id: string;
}

export type PresetTable<Values, Id extends string = string> = Readonly<Record<Id, Preset<Values>>>;

const PRESET_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Declares a simulation's presets. Throws at definition time, naming the preset and the param,
 * when an id is not kebab-case, a name is not in the table or a value is out of range — so a
 * broken preset fails the unit tests and the build, never a reader's page.
 */
export function definePresets<Specs extends ParamSpecs, const Id extends string>(
  params: ParamTable<Specs>,
  presets: Record<Id, PresetInput<ValuesOf<Specs>>>,
): PresetTable<ValuesOf<Specs>, Id> {
  const table: Record<string, Preset<ValuesOf<Specs>>> = {};
  for (const [id, preset] of Object.entries(presets) as [Id, PresetInput<ValuesOf<Specs>>][]) {
    if (!PRESET_ID.test(id)) throw new Error(`Preset "${id}": ids are lowercase words joined by "-", e.g. "idle-partition".`);
    if (!preset.label.trim()) throw new Error(`Preset "${id}": label is empty.`);
    for (const [name, value] of Object.entries(preset.values)) {
      const spec = Object.hasOwn(params.specs, name) ? params.specs[name] : undefined;
      if (!spec) throw new Error(`Preset "${id}": "${name}" is not a param of this simulation; the params are ${params.names.join(', ')}.`);
      const problem = problemWith(spec, value);
      if (problem) throw new Error(`Preset "${id}": ${name} = ${describeValue(value)} ${problem}.`);
    }
    table[id] = Object.freeze({ ...preset, id, values: Object.freeze({ ...preset.values }) });
  }
  return Object.freeze(table) as PresetTable<ValuesOf<Specs>, Id>;
}

/** The preset with this id, or undefined; safe for ids typed by authors ("toString" is not a preset). */
export function findPreset<Values>(presets: PresetTable<Values>, id: string): Preset<Values> | undefined {
  return Object.hasOwn(presets, id) ? presets[id] : undefined;
}

/**
 * The values a preset runs with: its own values over `base`. `base` defaults to the table's
 * defaults so a preset tells the same story however the reader had set the controls before.
 */
export function applyPreset<Specs extends ParamSpecs>(
  params: ParamTable<Specs>,
  preset: Preset<ValuesOf<Specs>>,
  base: Readonly<ValuesOf<Specs>> = params.defaults,
): ValuesOf<Specs> {
  return { ...base, ...preset.values } as ValuesOf<Specs>;
}
