// @vitest-environment jsdom
// Notice: lists messages in a status box and hides on dismiss until the messages change.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notice } from '../../../../simulations/ui/Notice';

afterEach(cleanup);

const MESSAGES = ['"lr=banana" is not a number; using the default 0.05.', 'Ignored an unknown setting in the link: "foo".'];

describe('Notice', () => {
  it('lists every message in a status box', () => {
    render(<Notice messages={MESSAGES} />);
    const box = screen.getByRole('status');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(MESSAGES);
    expect(box.textContent).toContain('Some settings could not be used');
  });

  it('renders nothing without messages', () => {
    const { container } = render(<Notice messages={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('dismisses with the button (mouse or keyboard) and calls onDismiss', async () => {
    const onDismiss = vi.fn();
    render(<Notice messages={MESSAGES} onDismiss={onDismiss} />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss notice' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('status')).toBeNull();
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('comes back when the messages change', async () => {
    const { rerender } = render(<Notice messages={MESSAGES} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss notice' }));
    rerender(<Notice messages={MESSAGES} />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<Notice messages={['"seed=0" is below the minimum 1; using the default 42.']} />);
    expect(screen.getByRole('status').textContent).toContain('seed=0');
  });
});
