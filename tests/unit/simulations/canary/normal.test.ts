// The standard normal CDF, survival function and quantile agree with scipy.stats.norm in the body and in both tails.
import { describe, expect, it } from 'vitest';
import { normalCdf, normalPdf, normalQuantile, normalSf } from '../../../../simulations/canary/stats/normal';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-12) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('normalCdf and normalSf match scipy.stats.norm (SciPy 1.10.1)', () => {
  it('in the body of the distribution', () => {
    // scipy.stats.norm.cdf(z) for z = -3, -1.2, -0.3, 0, 0.3, 1.96
    const cases: [number, number][] = [
      [-3, 0.0013498980316300933],
      [-1.2, 0.11506967022170822],
      [-0.3, 0.3820885778110474],
      [0, 0.5],
      [0.3, 0.6179114221889526],
      [1.96, 0.9750021048517795],
    ];
    for (const [z, expected] of cases) expectRelativelyClose(normalCdf(z), expected);
    // scipy.stats.norm.sf(1.96) → 0.024997895148220435
    expectRelativelyClose(normalSf(1.96), 0.024997895148220435);
  });

  it('keeps relative precision far in the tails, where 1 − Φ would round to 0', () => {
    // scipy.stats.norm.cdf(-30) → 4.906713927147908e-198; norm.cdf(-8.5) → 9.47953482220325e-18
    expectRelativelyClose(normalCdf(-30), 4.906713927147908e-198, 1e-11);
    expectRelativelyClose(normalCdf(-8.5), 9.47953482220325e-18, 1e-11);
    // scipy.stats.norm.sf(5) → 2.866515718791933e-07; norm.sf(9) → 1.1285884059538324e-19
    expectRelativelyClose(normalSf(5), 2.866515718791933e-7, 1e-11);
    expectRelativelyClose(normalSf(9), 1.1285884059538324e-19, 1e-11);
  });

  it('handles infinities and NaN', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalSf(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(normalPdf(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 15);
  });
});

describe('normalQuantile matches scipy.stats.norm.ppf (SciPy 1.10.1)', () => {
  it('at the levels confidence intervals use', () => {
    // scipy.stats.norm.ppf(p) for p = 0.975, 0.99, 0.025, 0.3, 0.7, 0.001
    expectRelativelyClose(normalQuantile(0.975), 1.959963984540054);
    expectRelativelyClose(normalQuantile(0.99), 2.3263478740408408);
    expectRelativelyClose(normalQuantile(0.025), -1.9599639845400545);
    expectRelativelyClose(normalQuantile(0.3), -0.5244005127080409);
    expectRelativelyClose(normalQuantile(0.7), 0.5244005127080407);
    expectRelativelyClose(normalQuantile(0.001), -3.090232306167813);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('in the far tails', () => {
    // scipy.stats.norm.ppf(1e-300) → -37.0470962993612; ppf(1e-20) → -9.262340089798409; ppf(1e-6) → -4.753424308822899
    expectRelativelyClose(normalQuantile(1e-300), -37.0470962993612);
    expectRelativelyClose(normalQuantile(1e-20), -9.262340089798409);
    expectRelativelyClose(normalQuantile(1e-6), -4.753424308822899);
    // scipy.stats.norm.ppf(0.999999) → 4.753424308817087 (1 − 0.999999 is not exactly 1e-6, hence the different last digits)
    expectRelativelyClose(normalQuantile(0.999999), 4.753424308817087);
  });

  it('inverts normalCdf and rejects probabilities outside [0, 1]', () => {
    for (const p of [1e-12, 0.01, 0.2, 0.5, 0.8, 0.95]) expectRelativelyClose(normalCdf(normalQuantile(p)), p, 1e-13);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.2)).toThrow(/\[0, 1\]/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/\[0, 1\]/);
  });
});
