// @vitest-environment jsdom
// Heatmap: a ramp of tints with a legend, one path per level, rings, framed spans, a "Show data" table and an empty state.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scaleLinear } from 'd3';
import { afterEach, describe, expect, it } from 'vitest';
import { Heatmap, heatmapHeight, heatmapPaths, heatmapTable, levelTint, type HeatmapProps } from '../../../../simulations/charts/Heatmap';

afterEach(cleanup);

const base: HeatmapProps = {
  title: 'Drift by column',
  summary: 'Length drifted from batch 3.',
  rows: [
    { id: 'length', label: 'length' },
    { id: 'links', label: 'links', emphasis: true },
  ],
  xs: [1, 2, 3],
  cells: [
    [{ level: 0 }, { level: 1 }, { level: 2, mark: true }],
    [{ level: 0 }, null, { level: 0, text: 'p = 0.4' }],
  ],
  levels: ['low', 'mid', 'high'],
  markLabel: 'drifted',
  xLabel: 'Batch',
  xUnit: 'day',
  xDomain: [0.5, 10.5],
};

describe('heatmap geometry', () => {
  it('tints from faint to full colour', () => {
    expect([0, 1, 2].map((level) => levelTint(level, 3))).toEqual([12, 56, 100]);
    expect(levelTint(0, 1)).toBe(100);
    expect(heatmapHeight(6, true)).toBeGreaterThan(heatmapHeight(6, false));
  });

  it('draws every cell of a level in one path and every mark in another', () => {
    const x = scaleLinear().domain([0.5, 3.5]).range([0, 300]);
    const { levels, marks } = heatmapPaths(base.cells, base.xs, 3, x, 20);
    expect(levels.map((d) => d.split('M').length - 1)).toEqual([3, 1, 1]);
    // Cell 1 of row 0 starts half a pixel in from x(0.5) = 0.
    expect(levels[0]!.startsWith('M0.5,1h99v18')).toBe(true);
    expect(marks.split('M').length - 1).toBe(1);
  });

  it('tabulates one line per x, naming levels and marks unless a cell has its own text', () => {
    const table = heatmapTable(base);
    expect(table.columns.map((c) => c.label)).toEqual(['Batch', 'length', 'links']);
    expect(table.rows).toEqual([
      [1, 'low', 'low'],
      [2, 'mid', null],
      [3, 'high, drifted', 'p = 0.4'],
    ]);
  });
});

describe('Heatmap', () => {
  it('is a named image with row labels, a ramp legend, a ring in the legend and a framed span', () => {
    const { container } = render(<Heatmap {...base} spans={[{ from: 3, to: 10, label: 'true drift' }]} />);
    expect(screen.getByRole('img', { name: 'Drift by column. Length drifted from batch 3.' })).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['low', 'mid', 'high', 'drifted']);
    const paths = container.querySelectorAll<SVGPathElement>('path.chart-heatmap-cells');
    expect(paths).toHaveLength(3);
    expect(paths[0]!.style.fill).toContain('color-mix');
    expect(paths[2]!.style.fill).toBe('var(--viz-1)');
    expect(container.querySelectorAll('path.chart-heatmap-mark')).toHaveLength(1);
    expect(container.querySelector('.chart-heatmap-label.is-emphasis')!.textContent).toBe('links');
    expect(within(container.querySelector('.chart-heatmap-span')! as HTMLElement).getByText('true drift')).toBeTruthy();
    expect(screen.getByText('Batch (day)')).toBeTruthy();
  });

  it('opens its data table', async () => {
    render(<Heatmap {...base} />);
    await userEvent.click(screen.getByText('Show data'));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('says "No data yet" before the first column', () => {
    render(<Heatmap {...base} xs={[]} cells={[[], []]} />);
    expect(screen.getByText('No data yet')).toBeTruthy();
  });
});
