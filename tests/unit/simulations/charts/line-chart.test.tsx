// @vitest-environment jsdom
// LineChart: accessible name, axis titles with units, data table, empty state, gaps, steps, bands, annotations.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LineChart, type LineChartProps } from '../../../../simulations/charts/LineChart';
import { formatPercent } from '../../../../simulations/charts/format';
import type { LineSeries } from '../../../../simulations/charts/series';

afterEach(cleanup);

const train: LineSeries = {
  id: 'train',
  label: 'Training loss',
  colour: 'viz-1',
  points: [0.69, 0.5, 0.38, 0.3, 0.25].map((y, i) => ({ x: i + 1, y })),
};
const validation: LineSeries = {
  id: 'validation',
  label: 'Validation loss',
  colour: 'viz-2',
  dashed: true,
  points: [0.7, 0.55, 0.45, 0.41, 0.4].map((y, i) => ({ x: i + 1, y })),
};

const base: LineChartProps = {
  title: 'Loss per epoch',
  summary: 'Training loss falls from 0.69 to 0.25.',
  series: [train, validation],
  xLabel: 'Epoch',
  yLabel: 'Loss',
};

const lineOf = (container: HTMLElement, id: string) => container.querySelector<SVGPathElement>(`path.chart-line[data-series="${id}"]`)!;
const moves = (d: string | null) => (d ?? '').split('M').length - 1;

async function openData() {
  await userEvent.click(screen.getByText('Show data'));
  return screen.findByRole('table');
}

describe('LineChart', () => {
  it('is an img with the title and summary as its name', () => {
    render(<LineChart {...base} />);
    const svg = screen.getByRole('img', { name: 'Loss per epoch. Training loss falls from 0.69 to 0.25.' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    // The visible title is the figure's caption (browsers name the figure from it).
    expect(screen.getByRole('figure').querySelector('figcaption')!.textContent).toBe('Loss per epoch');
  });

  it('labels the axes with their units', () => {
    render(<LineChart {...base} xLabel="Time" xUnit="min" yLabel="Rate" yUnit="%" />);
    expect(screen.getByText('Time (min)')).toBeTruthy();
    expect(screen.getByText('Rate (%)')).toBeTruthy();
  });

  it('draws one path per series and a legend with line styles', () => {
    const { container } = render(<LineChart {...base} />);
    expect(container.querySelectorAll('path.chart-line')).toHaveLength(2);
    expect(lineOf(container, 'validation').getAttribute('stroke-dasharray')).toBe('6 4');
    expect(lineOf(container, 'train').getAttribute('stroke-dasharray')).toBeNull();
    expect(lineOf(container, 'train').style.stroke).toBe('var(--viz-1)');
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Training loss', 'Validation loss']);
    expect(legend.querySelector('line[stroke-dasharray]')).toBeTruthy();
  });

  it('shows the data behind the chart with units in the headers', async () => {
    render(<LineChart {...base} yUnit="nats" />);
    const table = await openData();
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Epoch', 'Training loss (nats)', 'Validation loss (nats)']);
    // One header row plus one row per epoch; the first cell of each is a row header.
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.getByRole('region', { name: 'Loss per epoch: data' }).tabIndex).toBe(0);
  });

  it('caps the table at the newest rows and says so in the caption', async () => {
    const long: LineSeries = { id: 'long', label: 'Error rate', colour: 'bad', points: Array.from({ length: 500 }, (_, i) => ({ x: i + 1, y: i / 1000 })) };
    render(<LineChart {...base} series={[long]} maxTableRows={200} />);
    const table = await openData();
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(table.querySelector('caption')!.textContent).toContain('Showing the last 200 of 500 rows.');
    expect(within(table).getAllByRole('rowheader').at(-1)!.textContent).toBe('500');
  });

  it('says "No data yet" when there is nothing to draw', async () => {
    const { rerender } = render(<LineChart {...base} series={[]} />);
    expect(screen.getByText('No data yet')).toBeTruthy();
    rerender(<LineChart {...base} series={[{ ...train, points: [] }]} />);
    expect(screen.getByText('No data yet')).toBeTruthy();
    const table = await openData();
    expect(table.querySelector('caption')!.textContent).toContain('No data yet.');
    expect(within(table).getAllByRole('row')).toHaveLength(1);
  });

  it('leaves a gap where a point is NaN', () => {
    const gappy: LineSeries = { ...train, points: [1, 2, NaN, 4, 5].map((y, i) => ({ x: i, y })) };
    const { container } = render(<LineChart {...base} series={[gappy]} />);
    expect(moves(lineOf(container, 'train').getAttribute('d'))).toBe(2);
    expect(screen.queryByText('No data yet')).toBeNull();
  });

  it('draws steps for traffic weights', () => {
    const weight: LineSeries = { id: 'canary', label: 'Canary weight', colour: 'viz-1', points: [0, 20, 40].map((y, i) => ({ x: i * 60, y })) };
    const linear = render(<LineChart {...base} series={[weight]} />);
    const straight = lineOf(linear.container, 'canary').getAttribute('d')!;
    cleanup();
    const stepped = render(<LineChart {...base} series={[weight]} curve="step" />);
    const steps = lineOf(stepped.container, 'canary').getAttribute('d')!;
    // Three points: two segments straight, four (a horizontal then a vertical per change) as steps.
    expect(straight.split('L')).toHaveLength(3);
    expect(steps.split('L')).toHaveLength(5);
  });

  it('draws a confidence band and lists its edges in the table', async () => {
    const banded: LineSeries = { ...train, band: train.points.map((p) => ({ x: p.x, lo: p.y - 0.05, hi: p.y + 0.05 })) };
    const { container } = render(<LineChart {...base} series={[banded]} />);
    const band = container.querySelector<SVGPathElement>('path.chart-band')!;
    expect(band.style.fill).toBe('var(--viz-1)');
    expect(band.getAttribute('fill-opacity')).toBe('0.18');
    const table = await openData();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Epoch', 'Training loss', 'Training loss, low', 'Training loss, high']);
  });

  it('labels markers and reference lines, and leaves out markers beyond the data', () => {
    render(
      <LineChart
        {...base}
        markers={[
          { x: 3, label: 'campaign starts' },
          { x: 99, label: 'rollback' },
        ]}
        references={[{ y: 0.95, label: 'threshold 0.95' }]}
      />,
    );
    expect(screen.getByText('campaign starts')).toBeTruthy();
    expect(screen.queryByText('rollback')).toBeNull();
    // The threshold is above every loss, but an automatic domain stretches to keep it in view.
    expect(screen.getByText('threshold 0.95')).toBeTruthy();
  });

  it('shows a threshold against zero before any data arrives', () => {
    const { container } = render(<LineChart {...base} series={[]} references={[{ y: 0.99, label: 'SLO 99 %' }]} />);
    const yTicks = [...container.querySelectorAll('.chart-axis-y .chart-tick text')].map((t) => t.textContent);
    expect([yTicks[0], yTicks.at(-1)]).toEqual(['0.0', '1.0']);
    expect(screen.getByText('SLO 99 %')).toBeTruthy();
  });

  it('uses the tick format and can start the y axis at zero', () => {
    const rate: LineSeries = { id: 'rate', label: 'Success rate', colour: 'good', points: [0.97, 0.99].map((y, i) => ({ x: i, y })) };
    const { container } = render(<LineChart {...base} series={[rate]} yIncludesZero yFormat={(v) => formatPercent(v, 0)} />);
    const yTicks = [...container.querySelectorAll('.chart-axis-y .chart-tick text')].map((t) => t.textContent);
    expect(yTicks[0]).toBe('0\u00a0%');
    expect(yTicks.at(-1)).toBe('100\u00a0%');
  });

  it('respects a fixed domain', () => {
    const { container } = render(<LineChart {...base} xDomain={[0, 10]} yDomain={[0, 1]} />);
    const xTicks = [...container.querySelectorAll('.chart-axis-x .chart-tick text')].map((t) => t.textContent);
    expect(xTicks[0]).toBe('0');
    expect(xTicks.at(-1)).toBe('10');
  });

  it('shades spans behind the lines, clipped to the x domain, with their label', () => {
    const { container } = render(
      <LineChart {...base} xDomain={[0, 10]} spans={[{ from: 3, to: 12, label: 'labels pending' }, { from: 11, to: 14, label: 'off the chart' }]} />,
    );
    const spans = container.querySelectorAll('.chart-span');
    expect(spans).toHaveLength(1);
    const rect = spans[0]!.querySelector('rect')!;
    // From x = 3 to the domain's end at 10: 70 % of the plot's width.
    const plot = Number(container.querySelector('.chart-plot')!.getAttribute('width')) - 8;
    expect(Number(rect.getAttribute('width'))).toBeCloseTo(plot * 0.7, 0);
    expect(screen.getByText('labels pending')).toBeTruthy();
    expect(screen.queryByText('off the chart')).toBeNull();
  });
});
