// @vitest-environment jsdom
// ShareLink: copies the built URL, announces it politely, and falls back to a selectable field when copying fails.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPIED_MESSAGE, FALLBACK_MESSAGE, ShareLink } from '../../../../simulations/ui/ShareLink';

const URL_TEXT = 'https://example.test/simulations/classifier/?lr=0.05&seed=42';

afterEach(cleanup);

/** user-event installs its own clipboard stub on setup(), so ours goes in afterwards. */
function setup(clipboard: { writeText?: (text: string) => Promise<void> } | undefined) {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  const buildUrl = vi.fn(() => URL_TEXT);
  render(<ShareLink buildUrl={buildUrl} />);
  return { user, buildUrl };
}

describe('ShareLink', () => {
  it('writes the URL built at press time to the clipboard and says so politely', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user, buildUrl } = setup({ writeText });
    expect(buildUrl).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL_TEXT);
    expect(screen.getByRole('status').textContent).toBe(COPIED_MESSAGE);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows a focused, selected, read-only field when the clipboard rejects', async () => {
    const { user } = setup({ writeText: vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError'))) });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = (await screen.findByRole('textbox', { name: 'Link to this run' })) as HTMLInputElement;
    expect(field.value).toBe(URL_TEXT);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_TEXT.length]);
    expect(screen.getByRole('status').textContent).toBe(FALLBACK_MESSAGE);
  });

  it('shows the fallback when there is no clipboard API at all', async () => {
    const { user } = setup(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(((await screen.findByRole('textbox', { name: 'Link to this run' })) as HTMLInputElement).value).toBe(URL_TEXT);
  });

  it('is operable from the keyboard', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const { user } = setup({ writeText });
    await user.tab();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledOnce();
  });
});
