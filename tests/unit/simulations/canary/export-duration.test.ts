// Durations for the canary exports: seconds as one-unit Go duration strings that Argo, Flagger and PromQL read back to the same seconds.
import { describe, expect, it } from 'vitest';
import { goDuration } from '../../../../simulations/canary/export/duration';

/** Go's time.ParseDuration for the single-unit forms goDuration writes. */
function seconds(text: string): number {
  const match = /^(\d+)(s|m|h)$/.exec(text);
  if (!match) throw new Error(`not a one-unit duration: ${text}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
}

describe('goDuration', () => {
  it('uses the largest unit that divides exactly', () => {
    expect(goDuration(60)).toBe('1m');
    expect(goDuration(120)).toBe('2m');
    expect(goDuration(90)).toBe('90s');
    expect(goDuration(1)).toBe('1s');
    expect(goDuration(3600)).toBe('1h');
    expect(goDuration(5400)).toBe('90m');
    expect(goDuration(7200)).toBe('2h');
  });

  it('reads back to the same number of seconds', () => {
    for (const s of [1, 15, 30, 45, 59, 60, 61, 90, 120, 300, 599, 600, 3599, 3600, 3660, 86_400]) expect(seconds(goDuration(s))).toBe(s);
  });

  it('rejects what is not a whole positive number of seconds', () => {
    for (const bad of [0, -60, 1.5, Number.NaN, Infinity]) expect(() => goDuration(bad)).toThrow(RangeError);
  });
});
