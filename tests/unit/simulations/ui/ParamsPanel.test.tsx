// @vitest-environment jsdom
// ParamsPanel: one control per visible param in a "Settings" fieldset, locks and hides, phone layout, and axe.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParamsPanel } from '../../../../simulations/ui/ParamsPanel';
import { params, type FixtureValues } from './fixture-params';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Harness({ locked, hidden }: { locked?: string[]; hidden?: string[] }) {
  const [values, setValues] = useState<FixtureValues>({ ...params.defaults });
  return (
    <>
      <ParamsPanel params={params} values={values} onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))} locked={locked} hidden={hidden} />
      <p data-testid="values">{JSON.stringify(values)}</p>
    </>
  );
}

/** jsdom has no matchMedia; this one answers every query with `matches`. */
function stubMatchMedia(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query, addEventListener() {}, removeEventListener() {} }));
}

describe('ParamsPanel', () => {
  it('renders one control per param, with labels and units, in a "Settings" fieldset', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Settings' });
    expect(within(group).getAllByRole('slider').map((slider) => slider.getAttribute('aria-valuetext'))).toEqual(['0.05', '25 passes', '2,000 messages', '0.5']);
    expect(within(group).getByRole('slider', { name: 'Learning rate' })).toBeTruthy();
    expect(within(group).getByRole('slider', { name: 'Training messages' })).toBeTruthy();
    expect(within(group).getByRole('combobox', { name: 'Model' })).toBeTruthy();
    expect(within(group).getByRole('switch', { name: 'Standardize features' })).toBeTruthy();
    expect(within(group).getByRole('textbox', { name: 'Seed' })).toBeTruthy();
    expect(group.querySelectorAll('.sim-param')).toHaveLength(params.names.length);
  });

  it('leaves hidden params out and disables locked ones', () => {
    render(<Harness hidden={['threshold', 'seed']} locked={['model']} />);
    expect(screen.queryByRole('slider', { name: 'Threshold' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Seed' })).toBeNull();
    expect(document.querySelectorAll('.sim-param')).toHaveLength(params.names.length - 2);
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveProperty('disabled', true);
    expect(screen.getAllByText('Fixed by this lesson')).toHaveLength(1);
  });

  it('passes changes up by name', async () => {
    render(<Harness />);
    await userEvent.setup().click(screen.getByRole('switch', { name: 'Standardize features' }));
    expect(JSON.parse(screen.getByTestId('values').textContent ?? '{}')).toMatchObject({ standardize: false });
  });

  it('collapses into a closed "Settings" disclosure on narrow screens', async () => {
    stubMatchMedia(true);
    render(<Harness />);
    const details = document.querySelector('details');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    const summary = screen.getByText('Settings', { selector: 'summary' });
    await userEvent.setup().click(summary);
    expect(details!.open).toBe(true);
    expect(screen.getByRole('group', { name: 'Settings' })).toBeTruthy();
  });

  it('passes axe on wide and narrow screens', async () => {
    for (const narrow of [false, true]) {
      stubMatchMedia(narrow);
      const { container } = render(<Harness locked={['epochs']} />);
      // Closed <details> content is hidden from axe; open it so the controls are checked too.
      const details = container.querySelector('details');
      if (details) details.open = true;
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      // Guards against a vacuous pass: the form rules really looked at the controls.
      expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['label', 'select-name', 'aria-valid-attr-value']));
      cleanup();
    }
  });
});

describe('ParamsPanel groups', () => {
  it('draws one fieldset per group in order, leaves out hidden params and empty groups, and collects the rest under "Other"', async () => {
    stubMatchMedia(false);
    const { visibleGroups } = await import('../../../../simulations/ui/ParamsPanel');
    const names = params.names;
    const groups = [
      { title: 'First', names: [names[1]!, names[0]!] },
      { title: 'Empty', names: [names[2]!] },
    ];
    expect(visibleGroups(names, groups, [names[2]!])).toEqual([
      { title: 'First', names: [names[1], names[0]] },
      { title: 'Other', names: names.slice(3) },
    ]);
    const { container } = render(<ParamsPanel params={params} values={params.defaults} onChange={() => {}} hidden={[names[2]!]} groups={groups} />);
    expect([...container.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Settings', 'First', 'Other']);
    const first = screen.getByRole('group', { name: 'First' });
    const labels = [...first.querySelectorAll('label')].map((l) => l.textContent ?? '');
    expect(labels[0]).toMatch(/Epochs/);
    expect(labels.some((l) => /Learning rate/.test(l))).toBe(true);
    expect(screen.queryByText('Training messages')).toBeNull();
  });
});
