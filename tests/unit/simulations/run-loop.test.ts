// The run loop: play/pause/step/reset/speed, visibility pausing, and stale answers ignored after a restart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimEngine } from '../../../simulations/core/engine';
import { createInlineClient } from '../../../simulations/core/engine-client';
import { createRunLoop, type RunLoopState } from '../../../simulations/core/run-loop';

interface P { limit: number; start: number }
const counter: SimEngine<P, { n: number }, number> = {
  init: (p, seed) => ({ n: p.start + seed }),
  step: (s) => ({ n: s.n + 1 }),
  snapshot: (s) => s.n,
  finished: (s, p) => s.n >= p.limit,
};

function setup(stepsPerSecond = 10) {
  const states: RunLoopState<number>[] = [];
  const loop = createRunLoop<P, number>({ client: createInlineClient(counter), stepsPerSecond, onChange: (s) => states.push(s) });
  return { loop, states, now: () => states.at(-1)! };
}
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('run loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts ready at step 0, steps by hand, and resets to the same start', async () => {
    const { loop, now } = setup();
    await loop.start({ limit: 100, start: 0 }, 5);
    expect(now()).toMatchObject({ status: 'ready', snapshot: 5, steps: 0 });
    await loop.step();
    await loop.step();
    expect(now()).toMatchObject({ status: 'paused', snapshot: 7, steps: 2 });
    await loop.reset();
    expect(now()).toMatchObject({ status: 'ready', snapshot: 5, steps: 0 });
  });

  it('plays at steps-per-second × speed and pauses', async () => {
    const { loop, now } = setup(10);
    await loop.start({ limit: 1000, start: 0 }, 1);
    loop.play();
    await flush();
    await vi.advanceTimersByTimeAsync(1000);
    const atOneX = now().steps;
    expect(atOneX).toBeGreaterThanOrEqual(10);
    expect(atOneX).toBeLessThanOrEqual(12);
    loop.setSpeed(4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(now().steps - atOneX).toBeGreaterThanOrEqual(37);
    loop.pause();
    const paused = now().steps;
    await vi.advanceTimersByTimeAsync(1000);
    expect(now()).toMatchObject({ status: 'paused', steps: paused });
  });

  it('finishes at the engine limit and stops scheduling', async () => {
    const { loop, now } = setup(100);
    await loop.start({ limit: 3, start: 0 }, 1);
    loop.play();
    await vi.advanceTimersByTimeAsync(1000);
    expect(now()).toMatchObject({ status: 'finished', snapshot: 3, steps: 2 });
    loop.play();
    expect(now().status).toBe('finished');
  });

  it('holds while hidden and resumes when visible again', async () => {
    const { loop, now } = setup(10);
    await loop.start({ limit: 1000, start: 0 }, 1);
    loop.play();
    await vi.advanceTimersByTimeAsync(500);
    loop.setVisible(false);
    const held = now().steps;
    expect(now().suspended).toBe(true);
    await vi.advanceTimersByTimeAsync(2000);
    expect(now().steps).toBe(held);
    loop.setVisible(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(now().steps).toBeGreaterThan(held);
    expect(now().suspended).toBe(false);
  });

  it('reports engine errors as an error state instead of throwing', async () => {
    const broken: SimEngine<P, { n: number }, number> = { ...counter, step: () => { throw new Error('tensor shapes do not match'); } };
    const states: RunLoopState<number>[] = [];
    const loop = createRunLoop<P, number>({ client: createInlineClient(broken), stepsPerSecond: 10, onChange: (s) => states.push(s) });
    await loop.start({ limit: 10, start: 0 }, 1);
    await loop.step();
    expect(states.at(-1)).toMatchObject({ status: 'error', error: 'tensor shapes do not match' });
  });
});
