// @vitest-environment jsdom
// PlayBar: one Play/Pause toggle whose name flips, step/reset callbacks, speed, keyboard use and unavailable states.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlayBar, type PlayBarProps } from '../../../../simulations/ui/PlayBar';

afterEach(cleanup);

function setup(overrides: Partial<PlayBarProps> = {}) {
  const props: PlayBarProps = {
    status: 'paused',
    speed: 1,
    onPlay: vi.fn(),
    onPause: vi.fn(),
    onStep: vi.fn(),
    onReset: vi.fn(),
    onSpeed: vi.fn(),
    ...overrides,
  };
  const view = render(<PlayBar {...props} />);
  return { props, view, user: userEvent.setup() };
}

describe('PlayBar', () => {
  it('shows Play when paused and calls onPlay', async () => {
    const { props, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(props.onPlay).toHaveBeenCalledOnce();
    expect(props.onPause).not.toHaveBeenCalled();
  });

  it('keeps one toggle button whose name becomes Pause while playing, with focus kept', async () => {
    const { props, view, user } = setup();
    const toggle = screen.getByRole('button', { name: 'Play' });
    toggle.focus();
    view.rerender(<PlayBar {...props} status="playing" />);
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(pause).toBe(toggle);
    expect(document.activeElement).toBe(pause);
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await user.click(pause);
    expect(props.onPause).toHaveBeenCalledOnce();
    expect(props.onPlay).not.toHaveBeenCalled();
  });

  it('calls onStep and onReset, with a custom step label', async () => {
    const { props, user } = setup({ stepLabel: 'Train one epoch' });
    await user.click(screen.getByRole('button', { name: 'Train one epoch' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(props.onStep).toHaveBeenCalledOnce();
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('is operable from the keyboard: Tab to a button, then Enter or Space', async () => {
    const { props, user } = setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Play' }));
    await user.keyboard('{Enter}');
    expect(props.onPlay).toHaveBeenCalledOnce();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Step' }));
    await user.keyboard(' ');
    expect(props.onStep).toHaveBeenCalledOnce();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('offers 0.5× to 8× and reports the chosen speed as a number', async () => {
    const { props, user } = setup();
    const select = screen.getByRole('combobox', { name: 'Speed' });
    expect([...(select as HTMLSelectElement).options].map((option) => option.text)).toEqual(['0.5×', '1×', '2×', '4×', '8×']);
    await user.selectOptions(select, '4');
    expect(props.onSpeed).toHaveBeenCalledWith(4);
  });

  it('marks Play and Step unavailable when finished, without calling them or losing focus', async () => {
    const { props, user } = setup({ status: 'finished' });
    const play = screen.getByRole('button', { name: 'Play' });
    const step = screen.getByRole('button', { name: 'Step' });
    expect(play).toHaveProperty('ariaDisabled', 'true');
    expect(step.getAttribute('aria-disabled')).toBe('true');
    await user.click(play);
    await user.click(step);
    expect(props.onPlay).not.toHaveBeenCalled();
    expect(props.onStep).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('cannot step while playing', async () => {
    const { props, user } = setup({ status: 'playing' });
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(props.onStep).not.toHaveBeenCalled();
  });

  it('disables everything when disabled', async () => {
    const { props, user } = setup({ disabled: true });
    for (const name of ['Play', 'Step', 'Reset']) await user.click(screen.getByRole('button', { name }));
    expect(props.onPlay).not.toHaveBeenCalled();
    expect(props.onStep).not.toHaveBeenCalled();
    expect(props.onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveProperty('disabled', true);
  });

  it('shows progress with its label', () => {
    setup({ progress: { value: 12, max: 25, label: 'Epoch 12 of 25' } });
    const bar = screen.getByRole('progressbar', { name: 'Epoch 12 of 25' });
    expect(bar.getAttribute('value')).toBe('12');
    expect(bar.getAttribute('max')).toBe('25');
  });

  it('hides the icons from assistive technology', () => {
    const { view } = setup();
    for (const svg of view.container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });
});
