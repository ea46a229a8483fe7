// The judge's report numbers: three significant digits, and p-values that never read as exactly 0.
import { describe, expect, it } from 'vitest';
import { formatP, formatValue } from '../../../../simulations/canary/judge/reason-format';

describe('reason formatting', () => {
  it('prints statistics with three significant digits and no exponent for everyday sizes', () => {
    expect(formatValue(1.04567)).toBe('1.05');
    expect(formatValue(212.4)).toBe('212');
    expect(formatValue(0.012345)).toBe('0.0123');
    expect(formatValue(Number.NaN)).toBe('n/a');
  });

  it('prints p-values plainly above 0.001, in exponent form below, and an underflowed 0 as a bound', () => {
    expect(formatP(0.0345)).toBe('p = 0.0345');
    expect(formatP(1)).toBe('p = 1');
    expect(formatP(2.13e-9)).toBe('p = 2.1e-9');
    expect(formatP(0)).toBe('p < 1e-300');
  });
});
