// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../../simulations/charts';
import { readoutPositions } from '../../../../simulations/charts/HoverReadout';

const series = [
  { id: 'a', label: 'Training', colour: 'viz-1' as const, points: [{ x: 1, y: 0.5 }, { x: 2, y: 0.3 }, { x: 3, y: 0.2 }] },
  { id: 'b', label: 'Held-out', colour: 'viz-2' as const, points: [{ x: 1, y: 0.6 }, { x: 2, y: Number.NaN }, { x: 3, y: 0.25 }] },
];

describe('hover readout', () => {
  it('snaps to the x values that have data', () => {
    expect(readoutPositions(series)).toEqual([1, 2, 3]);
    expect(readoutPositions([])).toEqual([]);
  });

  it('shows each series value at the nearest x on pointer move and hides on leave', () => {
    const { container, getByTestId } = render(<LineChart title="Loss" summary="s" xLabel="Epoch" yLabel="Loss" xDomain={[0, 4]} series={series} />);
    const target = getByTestId('readout-target');
    const width = Number(target.getAttribute('width'));
    // jsdom has no layout: the pointer x is read in plot units. Three quarters across is epoch 3.
    fireEvent.pointerMove(target, { clientX: width * 0.76 });
    const texts = [...container.querySelectorAll('.chart-readout text')].map((t) => t.textContent);
    expect(texts).toEqual(['Epoch 3', 'Training: 0.2', 'Held-out: 0.25']);
    fireEvent.pointerMove(target, { clientX: width * 0.5 });
    expect([...container.querySelectorAll('.chart-readout text')].map((t) => t.textContent)).toEqual(['Epoch 2', 'Training: 0.3']);
    fireEvent.pointerLeave(target);
    expect(container.querySelectorAll('.chart-readout text')).toHaveLength(0);
  });
});
