// @vitest-environment jsdom
// The shared frame: server rendering with the full data table, clean hydration, responsive width, determinism.
import { act, cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessibleName } from '../../../../simulations/charts/ChartFrame';
import { chartHeight } from '../../../../simulations/charts/chart-layout';
import { ConfusionMatrix, Histogram, LineChart, ScatterChart } from '../../../../simulations/charts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const points = Array.from({ length: 300 }, (_, i) => ({ x: i, y: Math.sin(i / 20) + (i === 150 ? NaN : 0) }));

const charts: Record<string, () => ReactElement> = {
  line: () => (
    <LineChart
      title="Error rate"
      summary="The canary's error rate spikes at minute 3."
      series={[
        { id: 'stable', label: 'Stable (v1)', colour: 'good', points, band: points.map((p) => ({ x: p.x, lo: p.y - 0.1, hi: p.y + 0.1 })) },
        { id: 'canary', label: 'Canary (v2)', colour: 'bad', dashed: true, points: points.map((p) => ({ x: p.x, y: p.y * 0.5 })) },
      ]}
      xLabel="Time"
      xUnit="s"
      yLabel="Error rate"
      yUnit="%"
      markers={[{ x: 120, label: 'rollback' }]}
      references={[{ y: 0.5, label: 'SLO' }]}
    />
  ),
  histogram: () => (
    <Histogram
      title="Scores"
      summary="Two bumps."
      distributions={[
        { id: 'a', label: 'Reference', colour: 'viz-1', values: points.map((p) => p.y) },
        { id: 'b', label: 'Current', colour: 'viz-2', values: points.map((p) => p.y * 0.8 + 0.2) },
      ]}
      xLabel="Score"
    />
  ),
  scatter: () => <ScatterChart title="Arrivals" summary="Late events." groups={[{ id: 'all', label: 'Events', colour: 'viz-1' }]} points={points} xLabel="Event time" yLabel="Processing time" diagonal />,
  confusion: () => <ConfusionMatrix title="Matrix" counts={{ tp: 1, fp: 2, tn: 3, fn: 4 }} />,
};

describe('accessibleName', () => {
  it('joins title and summary without doubling punctuation', () => {
    expect(accessibleName('Loss', 'Falls.')).toBe('Loss. Falls.');
    expect(accessibleName('Is it drifting?', 'Yes.')).toBe('Is it drifting? Yes.');
    expect(accessibleName('Loss', '')).toBe('Loss');
  });
});

describe('chart height', () => {
  it('follows the width within readable bounds, unless fixed', () => {
    expect(chartHeight(640, undefined)).toBe(356);
    expect(chartHeight(390, undefined)).toBe(220);
    expect(chartHeight(2000, undefined)).toBe(480);
    expect(chartHeight(640, 200)).toBe(200);
  });
});

describe('rendering', () => {
  it.each(Object.keys(charts))('%s: the same props give identical markup', (name) => {
    const first = render(charts[name]!()).container.innerHTML;
    cleanup();
    const second = render(charts[name]!()).container.innerHTML;
    expect(second).toBe(first);
    expect(renderToString(charts[name]!())).toBe(renderToString(charts[name]!()));
  });

  it('renders on the server at the default width, with the full data table readable without JavaScript', () => {
    const html = renderToString(charts.line!());
    expect(html).toContain('role="img"');
    expect(html).toContain('width="640"');
    expect(html).toContain('Showing the last 200 of 300 rows.');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('details table tbody tr')).toHaveLength(200);
  });

  it('hydrates server HTML without mismatches, then drops the closed table’s rows', async () => {
    const html = renderToString(charts.line!());
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, charts.line!(), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    expect(container.querySelector('details table')).toBeNull();
    container.remove();
  });

  it('takes its width from the container and reflows for a phone screen', () => {
    const observed: Element[] = [];
    class FakeResizeObserver {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(element: Element) {
        observed.push(element);
        this.callback([{ contentRect: { width: 390.4 } } as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    render(charts.line!());
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('width')).toBe('390');
    expect(svg.getAttribute('height')).toBe('220');
    expect(svg.getAttribute('viewBox')).toBe('0 0 390 220');
    expect(observed[0]!.className).toBe('chart-body');
  });

  it('shows the data table scrolled inside a focusable, named region', async () => {
    const { container } = render(charts.histogram!());
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Show data');
    details.open = true;
    const region = await screen.findByRole('region', { name: 'Scores: data' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('table caption')!.textContent).toBe('Data behind “Scores”.');
  });
});
