// @vitest-environment jsdom
// PresetPicker: shows the matching preset and its description, applies a choice, and says "Custom" after a change.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreset } from '../../../../simulations/core/presets';
import { ParamsPanel } from '../../../../simulations/ui/ParamsPanel';
import { PresetPicker, matchingPreset } from '../../../../simulations/ui/PresetPicker';
import { params, presets, type FixtureValues } from './fixture-params';

afterEach(cleanup);

function Harness() {
  const [values, setValues] = useState<FixtureValues>({ ...params.defaults });
  const [selected, setSelected] = useState<string>('baseline');
  return (
    <>
      <PresetPicker
        params={params}
        presets={presets}
        values={values}
        selected={selected}
        onSelect={(id, preset) => {
          setSelected(id);
          setValues(applyPreset(params, preset));
        }}
      />
      <ParamsPanel params={params} values={values} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} />
    </>
  );
}

const picker = () => screen.getByRole('combobox', { name: 'Preset' }) as HTMLSelectElement;
const shown = () => picker().selectedOptions[0]?.text;

describe('PresetPicker', () => {
  it('shows the preset matching the values with its description', () => {
    render(<Harness />);
    expect(shown()).toBe('Baseline');
    expect(picker().getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(picker().getAttribute('aria-describedby')!)?.textContent).toBe(presets.baseline.description);
  });

  it('applies a chosen preset', async () => {
    render(<Harness />);
    await userEvent.setup().selectOptions(picker(), 'Too high a learning rate');
    expect(shown()).toBe('Too high a learning rate');
    expect(screen.getByText(presets['too-high-learning-rate'].description)).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Learning rate' }).getAttribute('aria-valuetext')).toBe('20');
  });

  it('shows "Custom" once a control no longer matches any preset, and offers the presets again', async () => {
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('switch', { name: 'Standardize features' }));
    expect(shown()).toBe('Custom');
    expect(screen.getByText(/Your own settings/)).toBeTruthy();
    await user.selectOptions(picker(), 'Baseline');
    expect(shown()).toBe('Baseline');
    expect(screen.queryByRole('option', { name: 'Custom' })).toBeNull();
  });

  it('ignores the seed unless the preset sets one', () => {
    expect(matchingPreset(params, presets, { ...params.defaults, seed: 9 })).toBe('baseline');
    const lucky = applyPreset(params, presets['lucky-seed']);
    expect(matchingPreset(params, presets, lucky)).toBe('lucky-seed');
    expect(matchingPreset(params, presets, { ...lucky, seed: 8 })).toBeUndefined();
  });

  it('prefers the preset chosen last when several match', () => {
    const table = { ...presets, again: { ...presets.baseline, id: 'again', label: 'Again' } };
    expect(matchingPreset(params, table, params.defaults)).toBe('baseline');
    expect(matchingPreset(params, table, params.defaults, 'again')).toBe('again');
  });
});
