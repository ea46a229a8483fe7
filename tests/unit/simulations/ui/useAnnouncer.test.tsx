// @vitest-environment jsdom
// useAnnouncer + LiveRegion: a polite region that speaks at most once per interval, always the latest message.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveRegion } from '../../../../simulations/ui/LiveRegion';
import { createThrottle, useAnnouncer, type Announcer } from '../../../../simulations/ui/useAnnouncer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Harness({ onReady, interval }: { onReady(announcer: Announcer): void; interval?: number | undefined }) {
  const announcer = useAnnouncer(interval);
  onReady(announcer);
  return <LiveRegion message={announcer.message} />;
}

function setup(interval?: number) {
  let announcer: Announcer | undefined;
  render(<Harness interval={interval} onReady={(current) => (announcer = current)} />);
  const region = screen.getByRole('status');
  return { announce: (text: string) => act(() => announcer!.announce(text)), region };
}

describe('useAnnouncer', () => {
  it('renders a visually hidden polite, atomic region', () => {
    const { region } = setup();
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.className).toContain('sim-visually-hidden');
  });

  it('speaks the first message at once, then only the latest after 1,500 ms', () => {
    const { announce, region } = setup();
    announce('Epoch 1: loss 0.69');
    expect(region.textContent).toBe('Epoch 1: loss 0.69');
    announce('Epoch 2: loss 0.61');
    announce('Epoch 3: loss 0.55');
    expect(region.textContent).toBe('Epoch 1: loss 0.69');
    act(() => vi.advanceTimersByTime(1499));
    expect(region.textContent).toBe('Epoch 1: loss 0.69');
    act(() => vi.advanceTimersByTime(1));
    expect(region.textContent).toBe('Epoch 3: loss 0.55');
  });

  it('speaks at most once per interval under a flood of messages', () => {
    const shown: string[] = [];
    const throttle = createThrottle((message) => shown.push(message), 1500);
    for (let step = 1; step <= 100; step += 1) {
      throttle.push(`step ${step}`);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(5000);
    // A message every 100 ms for 10 s: the first at once, then the newest every 1.5 s, and the last is never lost.
    expect(shown).toEqual(['step 1', 'step 15', 'step 30', 'step 45', 'step 60', 'step 75', 'step 90', 'step 100']);
    throttle.stop();
  });

  it('speaks at once again after a quiet interval, and honours a custom interval', () => {
    const { announce, region } = setup(500);
    announce('Paused');
    act(() => vi.advanceTimersByTime(2000));
    announce('Playing');
    expect(region.textContent).toBe('Playing');
  });

  it('makes a repeated message differ so screen readers read it again', () => {
    const { announce, region } = setup();
    announce('Reset');
    act(() => vi.advanceTimersByTime(2000));
    announce('Reset');
    expect(region.textContent).not.toBe('Reset');
    expect(region.textContent?.trim()).toBe('Reset');
  });

  it('ignores empty messages and stops its timer on unmount', () => {
    const { announce, region } = setup();
    announce('   ');
    expect(region.textContent).toBe('');
    announce('One');
    announce('Two');
    cleanup();
    expect(vi.getTimerCount()).toBe(0);
  });
});
