// Picks a named scenario; shows its description, and "Custom" once the values match no preset.
import { useId } from 'react';
import type { ParamSpecs, ParamTable, ValuesOf } from '../core/params';
import { applyPreset, type Preset, type PresetTable } from '../core/presets';

export interface PresetPickerProps<Specs extends ParamSpecs> {
  params: ParamTable<Specs>;
  presets: PresetTable<ValuesOf<Specs>>;
  values: Readonly<ValuesOf<Specs>>;
  /** The reader chose a preset; apply it with `applyPreset(params, preset)`. */
  onSelect(id: string, preset: Preset<ValuesOf<Specs>>): void;
  /** The preset chosen last; wins when several presets match the same values. */
  selected?: string | undefined;
  label?: string | undefined;
}

export const CUSTOM_LABEL = 'Custom';
const CUSTOM_DESCRIPTION = 'Your own settings. Pick a preset to go back to one of the lesson’s scenarios.';

/**
 * The id of the preset the values match, or undefined for custom values. A seed only counts when
 * the preset sets one: trying another seed keeps the scenario, it is just another random draw.
 */
export function matchingPreset<Specs extends ParamSpecs>(
  params: ParamTable<Specs>,
  presets: PresetTable<ValuesOf<Specs>>,
  values: Readonly<ValuesOf<Specs>>,
  preferred?: string,
): string | undefined {
  const matches = (preset: Preset<ValuesOf<Specs>>) => {
    const expected = applyPreset(params, preset);
    return params.names.every(
      (name) => (params.specs[name]!.kind === 'seed' && !Object.hasOwn(preset.values, name)) || Object.is(expected[name], values[name]),
    );
  };
  if (preferred !== undefined && Object.hasOwn(presets, preferred) && matches(presets[preferred]!)) return preferred;
  return Object.keys(presets).find((id) => matches(presets[id]!));
}

export function PresetPicker<Specs extends ParamSpecs>({ params, presets, values, onSelect, selected, label = 'Preset' }: PresetPickerProps<Specs>) {
  const id = useId();
  const current = matchingPreset(params, presets, values, selected);
  const description = current === undefined ? CUSTOM_DESCRIPTION : presets[current]!.description;
  return (
    <div className="sim-field sim-presets">
      <label htmlFor={`${id}-select`}>{label}</label>
      <select
        id={`${id}-select`}
        className="sim-select"
        value={current ?? ''}
        aria-describedby={`${id}-description`}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (Object.hasOwn(presets, chosen)) onSelect(chosen, presets[chosen]!);
        }}
      >
        {Object.entries(presets).map(([presetId, preset]) => (
          <option key={presetId} value={presetId}>
            {preset.label}
          </option>
        ))}
        {/* Present only while nothing matches, so it shows the state without being a choice. */}
        {current === undefined && (
          <option value="" disabled>
            {CUSTOM_LABEL}
          </option>
        )}
      </select>
      <p id={`${id}-description`} className="sim-preset-description">
        {description}
      </p>
    </div>
  );
}
