// @vitest-environment jsdom
// Slider: log positions map to values and back, the real value is shown, keys step it, and onChange gets the right kind of number.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { numberParam } from '../../../../simulations/core/params';
import { Slider } from '../../../../simulations/ui/Slider';
import { sliderScale } from '../../../../simulations/ui/slider-scale';
import { params } from './fixture-params';

afterEach(cleanup);

const lr = params.specs.learningRate;

describe('sliderScale (log)', () => {
  const scale = sliderScale(lr);

  it('spans positions 0..N with about 100 per decade, ends exact', () => {
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(Math.round(100 * Math.log10(30 / 0.001)));
    expect(scale.toValue(0)).toBe(0.001);
    expect(scale.toValue(scale.max)).toBe(30);
  });

  it('maps the middle position to the geometric mean', () => {
    expect(scale.toValue(scale.max / 2)).toBeCloseTo(Math.sqrt(0.001 * 30), 3);
    expect(scale.toPosition(Math.sqrt(0.001 * 30))).toBe(Math.round(scale.max / 2));
  });

  it('maps values to positions and back within half a position', () => {
    for (const value of [0.001, 0.0123, 0.05, 0.3, 1, 7.7, 30]) {
      const back = scale.toValue(scale.toPosition(value));
      expect(Math.abs(Math.log(back / value))).toBeLessThanOrEqual(Math.log(30 / 0.001) / scale.max / 2 + 1e-12);
    }
  });

  it('maps every position to a distinct value that maps back to the same position (so keys never stick)', () => {
    for (const spec of [lr, numberParam({ key: 'a', label: 'A', help: '', default: 1, min: 1, max: 2, scale: 'log' }), numberParam({ key: 'b', label: 'B', help: '', default: 1e-7, min: 1e-9, max: 1, scale: 'log' })]) {
      const log = sliderScale(spec);
      for (let position = log.min; position <= log.max; position += 1) {
        const value = log.toValue(position);
        expect(value).toBeGreaterThanOrEqual(spec.min);
        expect(value).toBeLessThanOrEqual(spec.max);
        expect(log.toPosition(value)).toBe(position);
      }
    }
  });

  it('rounds to three significant digits, so values read well and links stay short', () => {
    for (let position = 1; position < scale.max; position += 1) {
      const value = scale.toValue(position);
      expect(Number(value.toPrecision(3))).toBe(value);
    }
  });
});

describe('sliderScale (linear)', () => {
  it('strips float noise and snaps ints', () => {
    expect(sliderScale(params.specs.threshold).toValue(0.30000000000000004)).toBe(0.3);
    expect(sliderScale(params.specs.epochs).toValue(24.6)).toBe(25);
    expect(sliderScale(params.specs.epochs).toValue(500)).toBe(100);
  });
});

/**
 * jsdom has no default action for arrow keys on a range input; this does what a browser does
 * after the key event: step the value by one step and fire an input event.
 */
async function pressArrow(user: ReturnType<typeof userEvent.setup>, input: HTMLInputElement, key: 'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown') {
  await user.keyboard(`{${key}}`);
  if (key === 'ArrowRight' || key === 'ArrowUp') input.stepUp();
  else input.stepDown();
  fireEvent.input(input);
}

describe('Slider', () => {
  it('shows the real value and unit, not the slider position, and links the label', () => {
    render(<Slider id="lr" name="learningRate" spec={lr} value={0.05} onChange={() => {}} describedBy="help" />);
    const input = screen.getByRole('slider', { name: 'Learning rate' });
    expect(input.getAttribute('aria-valuetext')).toBe('0.05');
    expect(input.getAttribute('aria-describedby')).toBe('help');
    expect(document.querySelector('output')?.textContent).toBe('0.05');
    expect(Number((input as HTMLInputElement).value)).toBe(sliderScale(lr).toPosition(0.05));

    cleanup();
    render(<Slider id="n" name="trainSize" spec={params.specs.trainSize} value={2000} onChange={() => {}} />);
    expect(document.querySelector('output')?.textContent).toBe('2,000 messages');
  });

  it('arrow keys move a log slider one position and report the new real value', async () => {
    const onChange = vi.fn();
    render(<Slider id="lr" name="learningRate" spec={lr} value={0.05} onChange={onChange} />);
    const user = userEvent.setup();
    await user.tab();
    const input = screen.getByRole('slider', { name: 'Learning rate' }) as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    await pressArrow(user, input, 'ArrowRight');
    const scale = sliderScale(lr);
    expect(onChange).toHaveBeenLastCalledWith('learningRate', scale.toValue(scale.toPosition(0.05) + 1));
    const [, up] = onChange.mock.lastCall as [string, number];
    expect(up).toBeGreaterThan(0.05);
    expect(up / 0.05).toBeLessThan(1.05);
  });

  it('arrow keys change a linear number slider by its step', async () => {
    const onChange = vi.fn();
    render(<Slider id="t" name="threshold" spec={params.specs.threshold} value={0.5} onChange={onChange} />);
    const user = userEvent.setup();
    await user.tab();
    await pressArrow(user, screen.getByRole('slider') as HTMLInputElement, 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith('threshold', 0.49);
  });

  it('passes whole numbers for int params', async () => {
    const onChange = vi.fn();
    render(<Slider id="n" name="trainSize" spec={params.specs.trainSize} value={2000} onChange={onChange} />);
    const user = userEvent.setup();
    await user.tab();
    const input = screen.getByRole('slider', { name: 'Training messages' }) as HTMLInputElement;
    await pressArrow(user, input, 'ArrowUp');
    expect(onChange).toHaveBeenLastCalledWith('trainSize', 2100);
    fireEvent.change(input, { target: { value: '3700' } });
    const [, value] = onChange.mock.lastCall as [string, number];
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBe(3700);
  });

  it('is disabled when asked', () => {
    render(<Slider id="lr" name="learningRate" spec={lr} value={0.05} onChange={() => {}} disabled />);
    expect(screen.getByRole('slider')).toHaveProperty('disabled', true);
  });
});
