// Page-Hinkley: River's documented detection, hand-worked sums, the forgetting factor and behaviour on error streams.
import { describe, expect, it } from 'vitest';
import { createPageHinkley } from '../../../../simulations/drift/detectors/page-hinkley';
import { REFERENCE_STREAMS, SEEDS, detectionDelay, indicesOf, jumpStream, stationaryStream, statesOf } from './detector-streams';

describe('Page-Hinkley against River', () => {
  it("reproduces River's example: change detected at index 1006, input value 5", () => {
    // https://riverml.xyz/0.21.2/api/drift/PageHinkley/ (River 0.21.2, default mode "both"):
    // random.Random(12345), choices([0, 1], k=1000) + choices(range(4, 8), k=1000). River starts
    // afresh on the update after a drift, as we do, and prints nothing else.
    const xs = REFERENCE_STREAMS.riverAdwinPageHinkley;
    expect(indicesOf(createPageHinkley({ mode: 'both' }), xs)).toEqual([1006]);
    expect(xs[1006]).toBe(5);
    // The change is upward, so watching increases only gives the same answer.
    expect(indicesOf(createPageHinkley({ mode: 'up' }), xs)).toEqual([1006]);
  });
});

describe('Page-Hinkley arithmetic', () => {
  const small = { minInstances: 3, delta: 0.5, threshold: 2, alpha: 1 } as const;

  it('fires when m_T − min m_t first exceeds λ (worked by hand)', () => {
    // δ = 0.5, λ = 2, α = 1, stream 0, 0, 0, 3, 3:
    //   T  x  x̄    x − x̄   m_T = m_{T−1} + (x − x̄ − δ)   min m   m_T − min
    //   1  0  0     0       −0.5                          −0.5    0
    //   2  0  0     0       −1.0                          −1.0    0
    //   3  0  0     0       −1.5                          −1.5    0
    //   4  3  0.75  2.25     0.25                         −1.5    1.75  ≤ 2: stable
    //   5  3  1.2   1.8      1.55                         −1.5    3.05  > 2: drift
    const ph = createPageHinkley(small);
    const states: string[] = [];
    const increases: number[] = [];
    for (const x of [0, 0, 0, 3, 3]) {
      states.push(ph.update(x));
      increases.push(ph.increase);
    }
    expect(states).toEqual(['stable', 'stable', 'stable', 'stable', 'drift']);
    expect(increases[3]).toBeCloseTo(1.75, 12);
    expect(increases[4]).toBeCloseTo(3.05, 12);
    expect(ph.mean).toBeCloseTo(1.2, 12);
    // The next update starts a new run: one value seen, mean equal to it.
    ph.update(0);
    expect(ph.count).toBe(1);
    expect(ph.mean).toBe(0);
  });

  it('waits for minInstances before alarming', () => {
    // Stream 0, 10, 10: after T = 2, m = −0.5 + (10 − 5 − 0.5) = 4 and the statistic is 4.5 > 2, but
    // only two values have been seen. At T = 3, x̄ = 20/3 and m = 4 + 10/3 − 0.5 = 6.833: drift.
    expect(statesOf(createPageHinkley(small), [0, 10, 10])).toEqual(['stable', 'stable', 'drift']);
  });

  it("mirrors the test for a fall in 'down' mode, and 'up' ignores it", () => {
    // Stream 3, 3, 3, 0, 0 with m'_T = m'_{T−1} + (x − x̄ + δ): 0.5, 1, 1.5, then
    // 1.5 − 2.25 + 0.5 = −0.25 (max − m' = 1.75) and −0.25 − 1.8 + 0.5 = −1.55 (3.05 > 2: drift).
    const falling = [3, 3, 3, 0, 0];
    expect(statesOf(createPageHinkley({ ...small, mode: 'down' }), falling).at(-1)).toBe('drift');
    expect(statesOf(createPageHinkley({ ...small, mode: 'both' }), falling).at(-1)).toBe('drift');
    expect(statesOf(createPageHinkley({ ...small, mode: 'up' }), falling)).not.toContain('drift');
    const ph = createPageHinkley({ ...small, mode: 'down' });
    statesOf(ph, falling.slice(0, 4));
    expect(ph.decrease).toBeCloseTo(1.75, 12);
  });

  it('fades old evidence by α each step', () => {
    // δ = 0, λ = 1.5, stream 0, 2, 2. With α = 1: m = 0, 1, 1 + (2 − 4/3) = 1.667 > 1.5, drift.
    // With α = 0.5 the earlier sum counts half: m = 0, 1, 0.5 · 1 + 0.667 = 1.167 ≤ 1.5, stable.
    const options = { minInstances: 1, delta: 0, threshold: 1.5 } as const;
    const keep = createPageHinkley({ ...options, alpha: 1 });
    const fade = createPageHinkley({ ...options, alpha: 0.5 });
    expect(statesOf(keep, [0, 2, 2]).at(-1)).toBe('drift');
    expect(statesOf(fade, [0, 2, 2]).at(-1)).toBe('stable');
    expect(keep.increase).toBeCloseTo(5 / 3, 12);
    expect(fade.increase).toBeCloseTo(7 / 6, 12);
  });
});

describe('Page-Hinkley on error streams (20 seeds)', () => {
  it('raises no drift on a stationary 10 % error stream of 5,000 items', () => {
    // Measured: 0 drifts over 100 seeds, in 'up' and 'both' mode.
    for (const seed of SEEDS) {
      expect(indicesOf(createPageHinkley(), stationaryStream(seed))).toEqual([]);
      expect(indicesOf(createPageHinkley({ mode: 'both' }), stationaryStream(seed))).toEqual([]);
    }
  });

  it('detects a jump from 10 % to 40 % errors within 250 items', () => {
    // Measured delays 97–232 over these seeds (89–232 over 100). Each item after the change adds
    // 0.4 − x̄ − δ ≈ 0.3 to m_T on average, so climbing λ = 50 takes about 170 items.
    for (const seed of SEEDS) {
      const delay = detectionDelay(createPageHinkley(), jumpStream(seed));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(250);
    }
  });
});

describe('Page-Hinkley determinism and options', () => {
  it('gives the same detections for the same input, and reset() starts over', () => {
    const xs = jumpStream(11);
    const ph = createPageHinkley();
    const first = indicesOf(ph, xs);
    expect(first.length).toBeGreaterThan(0);
    ph.reset();
    expect([ph.count, ph.mean, ph.increase, ph.state]).toEqual([0, 0, 0, 'stable']);
    expect(indicesOf(ph, xs)).toEqual(first);
    expect(indicesOf(createPageHinkley(), xs)).toEqual(first);
  });

  it('rejects invalid options and values', () => {
    expect(() => createPageHinkley({ alpha: 1.5 })).toThrow(RangeError);
    expect(() => createPageHinkley({ minInstances: 0 })).toThrow(RangeError);
    expect(() => createPageHinkley({ threshold: -1 })).toThrow(RangeError);
    expect(() => createPageHinkley({ mode: 'sideways' as 'up' })).toThrow(RangeError);
    expect(() => createPageHinkley().update(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
