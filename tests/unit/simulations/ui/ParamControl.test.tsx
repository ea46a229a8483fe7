// @vitest-environment jsdom
// ParamControl: the right control per kind, help linked by aria-describedby, locked and hidden params, seed entry.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParamControl } from '../../../../simulations/ui/ParamControl';
import { params } from './fixture-params';

afterEach(cleanup);

const { specs } = params;

function describedText(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('ParamControl', () => {
  it('renders a slider with its help text as description', () => {
    render(<ParamControl name="epochs" spec={specs.epochs} value={25} onChange={() => {}} />);
    const slider = screen.getByRole('slider', { name: 'Epochs' });
    expect(describedText(slider)).toBe('Passes over the training set.');
    expect(screen.getByText('25 passes')).toBeTruthy();
  });

  it('renders a choice as a select of option labels and passes the option value', async () => {
    const onChange = vi.fn();
    render(<ParamControl name="model" spec={specs.model} value="logistic" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Model' });
    expect([...(select as HTMLSelectElement).options].map((option) => option.text)).toEqual(['Logistic regression', 'Neural network']);
    await userEvent.setup().selectOptions(select, 'Neural network');
    expect(onChange).toHaveBeenCalledWith('model', 'mlp');
  });

  it('renders a boolean as a switch operable with Space', async () => {
    const onChange = vi.fn();
    render(<ParamControl name="standardize" spec={specs.standardize} value={true} onChange={onChange} />);
    const user = userEvent.setup();
    const toggle = screen.getByRole('switch', { name: 'Standardize features' });
    expect(toggle).toHaveProperty('checked', true);
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith('standardize', false);
  });

  it('shows a locked param disabled, with the note "Fixed by this lesson" in its description', async () => {
    const onChange = vi.fn();
    render(<ParamControl name="epochs" spec={specs.epochs} value={25} onChange={onChange} locked />);
    const slider = screen.getByRole('slider', { name: 'Epochs' });
    expect(slider).toHaveProperty('disabled', true);
    expect(screen.getByText('Fixed by this lesson')).toBeTruthy();
    expect(describedText(slider)).toContain('Fixed by this lesson');
    expect(describedText(slider)).toContain('Passes over the training set.');

    cleanup();
    render(<ParamControl name="model" spec={specs.model} value="mlp" onChange={onChange} locked />);
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveProperty('disabled', true);
    await userEvent.setup().tab();
    expect(document.activeElement).toBe(document.body);
  });

  it('renders nothing for a hidden param', () => {
    const { container } = render(<ParamControl name="epochs" spec={specs.epochs} value={25} onChange={() => {}} hidden />);
    expect(container.innerHTML).toBe('');
  });

  describe('seed', () => {
    it('commits a typed seed on Enter, as an integer', async () => {
      const onChange = vi.fn();
      render(<ParamControl name="seed" spec={specs.seed} value={42} onChange={onChange} />);
      const user = userEvent.setup();
      const input = screen.getByRole('textbox', { name: 'Seed' });
      await user.clear(input);
      await user.type(input, '427');
      expect(onChange).not.toHaveBeenCalled();
      await user.keyboard('{Enter}');
      expect(onChange).toHaveBeenCalledExactlyOnceWith('seed', 427);
    });

    it('rejects 0, fractions and words with a message instead of calling onChange', async () => {
      const onChange = vi.fn();
      render(<ParamControl name="seed" spec={specs.seed} value={42} onChange={onChange} />);
      const user = userEvent.setup();
      const input = screen.getByRole('textbox', { name: 'Seed' });
      for (const text of ['0', '1.5', 'abc', '2147483648']) {
        await user.clear(input);
        await user.type(input, `${text}{Enter}`);
        expect(input.getAttribute('aria-invalid')).toBe('true');
        expect(describedText(input)).toContain('whole number from 1 to 2147483647');
      }
      expect(onChange).not.toHaveBeenCalled();
    });

    it('"New seed" passes a fresh valid seed', async () => {
      const onChange = vi.fn();
      render(<ParamControl name="seed" spec={specs.seed} value={42} onChange={onChange} />);
      await userEvent.setup().click(screen.getByRole('button', { name: 'New seed' }));
      const [name, seed] = onChange.mock.lastCall as [string, number];
      expect(name).toBe('seed');
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(1);
      expect(seed).toBeLessThanOrEqual(2 ** 31 - 1);
    });

    it('shows a seed changed from outside', () => {
      const { rerender } = render(<ParamControl name="seed" spec={specs.seed} value={42} onChange={() => {}} />);
      rerender(<ParamControl name="seed" spec={specs.seed} value={7} onChange={() => {}} />);
      expect(screen.getByRole('textbox', { name: 'Seed' })).toHaveProperty('value', '7');
    });
  });
});
