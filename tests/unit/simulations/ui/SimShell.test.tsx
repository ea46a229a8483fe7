// @vitest-environment jsdom
// SimShell: a titled region with notice, toolbar, controls beside charts, footer and live region; a whole view passes axe.
import { cleanup, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreset } from '../../../../simulations/core/presets';
import { DownloadRun } from '../../../../simulations/ui/DownloadRun';
import { ParamsPanel } from '../../../../simulations/ui/ParamsPanel';
import { PlayBar } from '../../../../simulations/ui/PlayBar';
import { PresetPicker } from '../../../../simulations/ui/PresetPicker';
import { ShareLink } from '../../../../simulations/ui/ShareLink';
import { SimShell } from '../../../../simulations/ui/SimShell';
import { params, presets } from './fixture-params';

afterEach(cleanup);

const noop = () => {};

function View({ notices = [] as string[] }) {
  const values = applyPreset(params, presets.baseline);
  return (
    <SimShell
      title="Spam classifier"
      description="What does a threshold cost?"
      notices={notices}
      presets={<PresetPicker params={params} presets={presets} values={values} onSelect={noop} />}
      playBar={<PlayBar status="paused" speed={1} onPlay={noop} onPause={noop} onStep={noop} onReset={noop} onSpeed={noop} stepLabel="Train one epoch" progress={{ value: 3, max: 25, label: 'Epoch 3 of 25' }} />}
      controls={<ParamsPanel params={params} values={values} onChange={noop} locked={['model']} />}
      footer={
        <>
          <ShareLink buildUrl={() => 'https://example.test/'} />
          <DownloadRun getRun={() => ({ simulation: 'classifier', version: 1, params: values, seed: values.seed, trace: [] })} />
        </>
      }
      announcement="Epoch 3: loss 0.41"
    >
      <figure>
        <figcaption>Loss by epoch</figcaption>
      </figure>
    </SimShell>
  );
}

describe('SimShell', () => {
  it('is a region named by its heading, at the requested level', () => {
    render(<View />);
    const region = screen.getByRole('region', { name: 'Spam classifier' });
    expect(screen.getByRole('heading', { level: 2, name: 'Spam classifier' })).toBeTruthy();
    expect(region.querySelector('.sim-controls .sim-settings')).not.toBeNull();
    expect(region.querySelector('.sim-charts figure')).not.toBeNull();
    expect(region.querySelector('.sim-footer .sim-share')).not.toBeNull();
    cleanup();
    render(
      <SimShell title="Drift" headingLevel={1}>
        <p>chart</p>
      </SimShell>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Drift' })).toBeTruthy();
    expect(document.querySelector('.sim-body-full')).not.toBeNull();
  });

  it('shows notices and carries the announcement in its live region', () => {
    render(<View notices={['"lr=banana" is not a number; using the default 0.05.']} />);
    expect(screen.getByText('"lr=banana" is not a number; using the default 0.05.')).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"].sim-visually-hidden');
    expect(live?.textContent).toBe('Epoch 3: loss 0.41');
  });

  it('says why a run stopped, as an alert above the charts, and nothing while it runs', () => {
    render(
      <SimShell title="Drift" error="TF.js failed to load">
        <p>chart</p>
      </SimShell>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The simulation stopped: TF.js failed to load. Reset to try again, or reload the page.');
    expect(alert.parentElement?.className).toBe('sim-charts');
    expect(alert.nextElementSibling?.textContent).toBe('chart');
    cleanup();
    render(
      <SimShell title="Drift">
        <p>chart</p>
      </SimShell>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('passes axe with every shared control in place', async () => {
    const { container } = render(<View notices={['"seed=0" is below the minimum 1; using the default 42.']} />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' ')}`)).toEqual([]);
    expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['button-name', 'label', 'select-name']));
  });
});
