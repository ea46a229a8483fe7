// The Kolmogorov distribution agrees with SciPy's kstwo / kstwobign in every region of its piecewise method.
import { describe, expect, it } from 'vitest';
import { kolmogorovLimitSf, kolmogorovSf, smirnovSf } from '../../../../simulations/drift/stats/kolmogorov';
import { durbinKolmogorovCdf } from '../../../../simulations/drift/stats/kolmogorov-durbin';

/** |actual − expected| ≤ relative × expected: p-values span 30 orders of magnitude, so digits after the point say little. */
const expectRelativelyClose = (actual: number, expected: number, relative = 1e-9) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('kolmogorovSf matches scipy.stats.kstwo.sf(d, n) (SciPy 1.10.1)', () => {
  // Each row exercises one branch of the Simard–L'Ecuyer dispatch; the expected values are
  // scipy.stats.kstwo.sf(d, n) printed with repr() in SciPy 1.10.1.
  const cases: [n: number, d: number, expected: number, branch: string][] = [
    [10, 0.04, 1.0, 'n·d ≤ 1/2: D_n ≥ 1/(2n) always'],
    [10, 0.08, 0.9999978058034054, 'n·d ≤ 1: Ruben–Gambino closed form'],
    [10, 0.95, 1.9531250000000172e-13, 'n·d ≥ n − 1: 2(1 − d)^n'],
    [10, 0.6, 0.0005681672000000003, 'd ≥ 1/2: twice the one-sided Smirnov tail'],
    [50, 0.1, 0.6623112704658186, 'n ≤ 140, n·d² ≤ 0.75: Durbin matrix'],
    [50, 0.2, 0.03143877776953241, 'n ≤ 140, n·d² ≤ 4: Pomeranz in SciPy, Durbin here'],
    [50, 0.35, 5.573523514803185e-6, 'n ≤ 140, n·d² > 4: 2 × Smirnov'],
    [1000, 0.01, 0.9999496745370611, 'n > 140, n·d^1.5 ≤ 1.4: Durbin matrix'],
    [1000, 0.03, 0.3226902143914636, 'n > 140, moderate n·d²: Pelz–Good'],
    [1000, 0.06, 0.001428597887952891, 'n > 140, n·d² ≥ 2.2: 2 × Smirnov'],
    [25000, 0.0085, 0.05366121545391589, 'en of a 50k vs 50k batch near α: Pelz–Good'],
    [200000, 0.002, 0.39995085369038097, 'n > 100,000: Pelz–Good'],
  ];
  it.each(cases)('n = %i, d = %f (%s)', (n, d, expected) => {
    expectRelativelyClose(kolmogorovSf(d, n), expected);
  });

  it('is 1 at d ≤ 0 and 0 at d ≥ 1, and rejects a non-integer n', () => {
    expect(kolmogorovSf(0, 20)).toBe(1);
    expect(kolmogorovSf(-0.1, 20)).toBe(1);
    expect(kolmogorovSf(1, 20)).toBe(0);
    expect(() => kolmogorovSf(0.1, 2.5)).toThrow(/whole sample size/);
    expect(() => kolmogorovSf(Number.NaN, 10)).toThrow(/NaN/);
  });

  it('decreases in d for a fixed n, across the branch boundaries', () => {
    for (const n of [30, 500]) {
      let previous = 1;
      for (let d = 0.005; d < 1; d += 0.005) {
        const p = kolmogorovSf(d, n);
        expect(p).toBeLessThanOrEqual(previous + 1e-12);
        previous = p;
      }
    }
  });
});

describe('kolmogorovLimitSf matches scipy.stats.kstwobign.sf(z) (SciPy 1.10.1)', () => {
  it.each([
    [0.5, 0.9639452436648751], // scipy.stats.kstwobign.sf(0.5)
    [1.0, 0.26999967167735456], // scipy.stats.kstwobign.sf(1.0)
    [1.36, 0.049485876755377876], // scipy.stats.kstwobign.sf(1.36): the textbook 5 % critical value
    [2.0, 0.0006709252557796953], // scipy.stats.kstwobign.sf(2.0)
  ])('z = %f', (z, expected) => {
    expectRelativelyClose(kolmogorovLimitSf(z), expected, 1e-12);
  });

  it('overstates small-n p-values: the finite-n distribution is what ks_2samp uses', () => {
    // scipy.stats.kstwobign.sf(0.2 * sqrt(50)) → 0.03663105270711935 vs kstwo.sf(0.2, 50) → 0.03143877776953241
    expectRelativelyClose(kolmogorovLimitSf(0.2 * Math.sqrt(50)), 0.03663105270711935, 1e-12);
    expect(kolmogorovLimitSf(0.2 * Math.sqrt(50))).toBeGreaterThan(kolmogorovSf(0.2, 50) + 0.005);
  });
});

describe('building blocks', () => {
  it('smirnovSf equals half the two-sided tail where the two sides cannot both occur (d ≥ 1/2)', () => {
    // scipy.stats.kstwo.sf(0.6, 10) / 2 = 0.0005681672000000003 / 2
    expectRelativelyClose(smirnovSf(10, 0.6), 0.0005681672000000003 / 2);
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
  });

  it('durbinKolmogorovCdf is the complement of the two-sided tail', () => {
    // 1 − scipy.stats.kstwo.sf(0.1, 50) = 1 − 0.6623112704658186
    expect(durbinKolmogorovCdf(50, 0.1)).toBeCloseTo(1 - 0.6623112704658186, 13);
    expect(durbinKolmogorovCdf(50, 0.005)).toBe(0);
    expect(durbinKolmogorovCdf(50, 1)).toBe(1);
  });
});
