// The regularized incomplete gamma functions agree with scipy.special.gammainc / gammaincc.
import { describe, expect, it } from 'vitest';
import { regularizedGammaP, regularizedGammaQ } from '../../../../simulations/core/stats/gamma';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-12) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('regularized incomplete gamma (references: scipy.special.gammainc / gammaincc, SciPy 1.10.1)', () => {
  // [a, x, gammainc(a, x), gammaincc(a, x)], covering the series side (x < a + 1) and the continued-fraction side.
  const cases: [number, number, number, number][] = [
    [0.5, 0.1, 0.34527915398142317, 0.6547208460185768],
    [3, 2, 0.32332358381693654, 0.6766764161830634],
    [10, 15, 0.9301463393005901, 0.06985366069940986],
    [100, 80, 0.0171083130351331, 0.9828916869648668],
    [2.5, 30, 0.9999999999878454, 1.2154569777183007e-11],
    [1, 1e-8, 9.999999949999975e-9, 0.9999999900000001],
  ];
  it.each(cases)('a = %f, x = %f', (a, x, lower, upper) => {
    expectRelativelyClose(regularizedGammaP(a, x), lower);
    expectRelativelyClose(regularizedGammaQ(a, x), upper);
  });

  it('keeps relative precision deep in the upper tail, where 1 − P would round to 0', () => {
    // scipy.special.gammaincc(2.5, 30) → 1.2154569777183007e-11 (checked above); far beyond it:
    // Q(1, x) = e^(−x) exactly.
    expectRelativelyClose(regularizedGammaQ(1, 50), Math.exp(-50));
  });

  it('handles the ends of the range and rejects bad arguments', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaQ(2, Infinity)).toBe(0);
    expect(() => regularizedGammaQ(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
    expect(() => regularizedGammaP(1, Number.NaN)).toThrow(RangeError);
  });
});
