import { describe, expect, test } from 'vitest';
import { assignWindows, fixedWindowsEndingIn, sessionize, windowKey, type WindowSpec } from '../../../simulations/streaming/windows';

const spec = (kind: WindowSpec['kind']): WindowSpec => ({ kind, sizeMs: 120_000, slideMs: 60_000, gapMs: 30_000 });

describe('window assignment', () => {
  test('a tumbling window is aligned and half-open: the end belongs to the next window', () => {
    expect(assignWindows(119_999, 0, spec('tumbling'))).toEqual([{ start: 0, end: 120_000, partition: null }]);
    expect(assignWindows(120_000, 0, spec('tumbling'))).toEqual([{ start: 120_000, end: 240_000, partition: null }]);
  });

  test('a sliding window of size 2 min every 1 min puts each event in two windows', () => {
    expect(assignWindows(150_000, 0, spec('sliding')).map(windowKey)).toEqual(['60000-180000', '120000-240000']);
    expect(assignWindows(10_000, 0, spec('sliding')).map(windowKey)).toEqual(['-60000-60000', '0-120000']);
  });

  test('a session starts as [t, t + gap) on the event’s partition', () => {
    expect(assignWindows(5_000, 3, spec('session'))).toEqual([{ start: 5_000, end: 35_000, partition: 3 }]);
    expect(windowKey({ start: 5_000, end: 35_000, partition: 3 })).toBe('p3:5000-35000');
  });

  test('the batch job enumerates exactly the fixed windows ending in (from, to]', () => {
    expect(fixedWindowsEndingIn(0, 360_000, spec('tumbling')).map(windowKey)).toEqual(['0-120000', '120000-240000', '240000-360000']);
    expect(fixedWindowsEndingIn(120_000, 300_000, spec('sliding')).map(windowKey)).toEqual(['60000-180000', '120000-240000', '180000-300000']);
    expect(() => fixedWindowsEndingIn(0, 1, spec('session'))).toThrow(/sessionize/);
  });

  test('sessionize splits at gaps and merges proto-windows that touch', () => {
    const sessions = sessionize([0, 10_000, 40_000, 100_000], 1, 30_000);
    expect(sessions.map((s) => [s.start, s.end, s.count])).toEqual([
      [0, 70_000, 3],
      [100_000, 130_000, 1],
    ]);
  });
});
