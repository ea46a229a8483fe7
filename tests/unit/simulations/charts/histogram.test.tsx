// @vitest-environment jsdom
// Histogram: shared thresholds for overlaid distributions, shares that add up, table, empty state.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { randomLcg, randomNormal } from 'd3';
import { afterEach, describe, expect, it } from 'vitest';
import { BinnedHistogram, Histogram, type Distribution } from '../../../../simulations/charts/Histogram';
import { sharedBins } from '../../../../simulations/charts/histogram-bins';

afterEach(cleanup);

function sample(n: number, mean: number, seed: number): number[] {
  const normal = randomNormal.source(randomLcg(seed))(mean, 40);
  return Array.from({ length: n }, normal);
}

const reference: Distribution = { id: 'reference', label: 'Reference (training)', colour: 'viz-1', values: sample(1000, 300, 0.1) };
const current: Distribution = { id: 'current', label: 'Current batch', colour: 'viz-2', dashed: true, values: sample(400, 360, 0.2) };
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('sharedBins', () => {
  it('bins every sample on the same thresholds and counts every value once', () => {
    const { bins, totals } = sharedBins([reference.values, current.values], 20);
    expect(totals).toEqual([1000, 400]);
    expect(sum(bins.map((b) => b.counts[0]!))).toBe(1000);
    expect(sum(bins.map((b) => b.counts[1]!))).toBe(400);
    expect(sum(bins.map((b) => b.shares[1]!))).toBeCloseTo(1, 10);
    // Contiguous bins with round edges and no zero-width bin at the end.
    for (let i = 1; i < bins.length; i += 1) expect(bins[i]!.x0).toBe(bins[i - 1]!.x1);
    expect(bins.every((b) => b.x1 > b.x0)).toBe(true);
  });

  it('counts values outside a fixed domain in the totals without drawing them', () => {
    const { bins, totals } = sharedBins([[-5, 0.1, 0.2, 0.9, 1, 7, NaN]], 10, [0, 1]);
    expect(totals).toEqual([6]);
    expect(sum(bins.map((b) => b.counts[0]!))).toBe(4);
  });

  it('copes with a single repeated value and with no values', () => {
    expect(sum(sharedBins([[3, 3, 3]], 10).bins.map((b) => b.counts[0]!))).toBe(3);
    expect(sharedBins([[], [NaN]], 10).bins).toEqual([]);
  });
});

describe('Histogram', () => {
  it('is an img named by title and summary, with one bar path per distribution', () => {
    const { container } = render(
      <Histogram title="Message length" summary="The current batch is longer than the reference." distributions={[reference, current]} xLabel="Length" xUnit="words" />,
    );
    expect(screen.getByRole('img', { name: 'Message length. The current batch is longer than the reference.' })).toBeTruthy();
    const bars = container.querySelectorAll<SVGPathElement>('path.chart-bars');
    expect(bars).toHaveLength(2);
    expect(bars[0]!.style.fill).toBe('var(--viz-1)');
    expect(bars[1]!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(screen.getByText('Length (words)')).toBeTruthy();
    expect(screen.getByText('Share of values (%)')).toBeTruthy();
    // The legend repeats the dashed outline, so the two samples differ by more than hue.
    const swatches = screen.getByRole('list', { name: 'Legend' }).querySelectorAll('rect');
    expect([...swatches].map((rect) => rect.getAttribute('stroke-dasharray'))).toEqual([null, '5 3']);
  });

  it('lists every bin with counts and shares for both distributions', async () => {
    const bins = sharedBins([reference.values, current.values], 20).bins;
    render(<Histogram title="Message length" summary="Shifted." distributions={[reference, current]} xLabel="Length" xUnit="words" />);
    await userEvent.click(screen.getByText('Show data'));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Length from (words)',
      'Length to (words)',
      'Reference (training): count',
      'Reference (training): share (%)',
      'Current batch: count',
      'Current batch: share (%)',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(bins.length + 1);
  });

  it('can show raw counts', () => {
    render(<Histogram title="Scores" summary="Counts." distributions={[reference]} xLabel="Score" measure="count" />);
    expect(screen.getByText('Count')).toBeTruthy();
  });

  it('says "No data yet" before any values arrive', () => {
    render(<Histogram title="Scores" summary="Nothing yet." distributions={[{ ...reference, values: [] }]} xLabel="Score" />);
    expect(screen.getByText('No data yet')).toBeTruthy();
  });

  it('draws counts binned elsewhere on exactly their bins', async () => {
    const binned = { domain: [0, 3] as const, totals: [10, 4], bins: [0, 1, 2].map((i) => ({ x0: i, x1: i + 1, counts: [[5, 3, 2][i]!, [1, 1, 2][i]!], shares: [[0.5, 0.3, 0.2][i]!, [0.25, 0.25, 0.5][i]!] })) };
    const { container } = render(<BinnedHistogram title="Links" summary="Binned by the test." binned={binned} distributions={[reference, current]} xLabel="Links" />);
    expect(container.querySelectorAll('path.chart-bars')).toHaveLength(2);
    await userEvent.click(screen.getByText('Show data'));
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[3]!.textContent).toContain('50');
  });
});
