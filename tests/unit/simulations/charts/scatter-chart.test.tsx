// @vitest-environment jsdom
// ScatterChart: thousands of points as one path per group, the y = x diagonal, watermark lines, capped table.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { randomLcg } from 'd3';
import { afterEach, describe, expect, it } from 'vitest';
import { ScatterChart, type ScatterGroup, type ScatterPoint } from '../../../../simulations/charts/ScatterChart';
import { symbolPath } from '../../../../simulations/charts/symbol-path';

afterEach(cleanup);

const groups: ScatterGroup[] = [
  { id: 'on-time', label: 'On time', colour: 'viz-1' },
  { id: 'late', label: 'Late', colour: 'viz-2', symbol: 'square' },
];

function events(n: number): ScatterPoint[] {
  const random = randomLcg(0.42);
  return Array.from({ length: n }, (_, i) => {
    const eventTime = i / 100;
    const delay = random() * 2;
    return { x: eventTime, y: eventTime + delay, group: delay > 1.8 ? 'late' : 'on-time' };
  });
}

const count = (d: string | null) => (d ?? '').split('M').length - 1;

describe('symbolPath', () => {
  it('draws a circle as two arcs and a square as a closed box', () => {
    expect(symbolPath('circle', 10, 10, 2)).toBe('M8,10a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
    expect(symbolPath('square', 10, 10, 2)).toBe('M8.2,8.2h3.6v3.6h-3.6Z');
  });
  it('draws a triangle pointing up around the centre', () => {
    expect(symbolPath('triangle', 10, 10, 2)).toBe('M10,7.4L12.6,12.1L7.4,12.1Z');
  });
});

describe('ScatterChart', () => {
  const points = events(3000);

  it('draws 3,000 points as one path per group', () => {
    const { container } = render(
      <ScatterChart title="Event time vs processing time" summary="Most events arrive within two minutes." groups={groups} points={points} xLabel="Event time" xUnit="min" yLabel="Processing time" yUnit="min" />,
    );
    expect(screen.getByRole('img', { name: 'Event time vs processing time. Most events arrive within two minutes.' })).toBeTruthy();
    const paths = container.querySelectorAll('path.chart-points');
    expect(paths).toHaveLength(2);
    const late = points.filter((p) => p.group === 'late').length;
    expect(count(paths[0]!.getAttribute('d'))).toBe(3000 - late);
    expect(count(paths[1]!.getAttribute('d'))).toBe(late);
    expect(screen.getByText('Event time (min)')).toBeTruthy();
    expect(screen.getByText('Processing time (min)')).toBeTruthy();
  });

  it('draws the diagonal, a watermark line and guide lines with their labels', () => {
    const watermark = { id: 'watermark', label: 'Watermark', colour: 'viz-3' as const, dashed: true, points: [0, 10, 20, 30].map((x) => ({ x, y: x + 5 })) };
    const { container } = render(
      <ScatterChart
        title="Arrivals"
        summary="Late events fall far above the diagonal."
        groups={groups}
        points={points}
        xLabel="Event time"
        yLabel="Processing time"
        diagonal="no delay"
        lines={[watermark]}
        references={[{ y: 12, label: 'cut-off' }]}
        markers={[{ x: 4, label: 'window end' }]}
      />,
    );
    expect(screen.getByText('no delay')).toBeTruthy();
    expect(screen.getByText('cut-off')).toBeTruthy();
    expect(screen.getByText('window end')).toBeTruthy();
    expect(container.querySelector('path.chart-line[data-series="watermark"]')).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['On time', 'Late', 'Watermark']);
  });

  it('caps the data table and names each row’s group', async () => {
    render(<ScatterChart title="Arrivals" summary="Events." groups={groups} points={points} xLabel="Event time" xUnit="min" yLabel="Processing time" yUnit="min" />);
    await userEvent.click(screen.getByText('Show data'));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event time (min)', 'Processing time (min)', 'Series']);
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(table.querySelector('caption')!.textContent).toContain('Showing the last 200 of 3,000 rows.');
  });

  it('puts points of an unknown group in the first group, and says "No data yet" when empty', () => {
    const { container, rerender } = render(<ScatterChart title="A" summary="B" groups={[]} points={[{ x: 1, y: 1, group: 'nope' }]} xLabel="x" yLabel="y" />);
    expect(count(container.querySelector('path.chart-points')!.getAttribute('d'))).toBe(1);
    rerender(<ScatterChart title="A" summary="B" groups={groups} points={[]} xLabel="x" yLabel="y" />);
    expect(screen.getByText('No data yet')).toBeTruthy();
  });
});
