// The Wilson interval agrees with SciPy's binomtest(...).proportion_ci(method='wilson') and its closed form, edges included.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { wilsonInterval } from '../../../../simulations/canary/stats/wilson';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-12) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};

describe('wilsonInterval matches scipy.stats.binomtest(k, n).proportion_ci(confidence_level, method="wilson") (SciPy 1.10.1)', () => {
  const cases: [k: number, n: number, confidence: number, low: number, high: number][] = [
    [12, 1000, 0.95, 0.006877647806403521, 0.020857268475498278],
    [12, 1000, 0.99, 0.005809541614776809, 0.02462343533094826],
    [3, 7, 0.95, 0.1582198552514697, 0.7495416354723428],
    [3, 7, 0.99, 0.11637368051613817, 0.8102850959116125],
    [1, 50, 0.95, 0.0035392592716462223, 0.10495443589637814],
    [1, 50, 0.99, 0.002352480614833355, 0.1501135274340895],
  ];
  it.each(cases)('%i of %i at %f', (k, n, confidence, low, high) => {
    const interval = wilsonInterval(k, n, confidence);
    expect(interval.estimate).toBe(k / n);
    expectRelativelyClose(interval.lower, low);
    expectRelativelyClose(interval.upper, high);
  });

  it('is exactly [0, ·] at zero errors and [·, 1] when every request fails', () => {
    // binomtest(0, 500).proportion_ci(method='wilson') → (0.0, 0.007624340461552241); binomtest(500, 500) → (0.9923756595384479, 1.0)
    expect(wilsonInterval(0, 500)).toEqual({ estimate: 0, lower: 0, upper: expect.closeTo(0.007624340461552241, 15) });
    expect(wilsonInterval(500, 500)).toEqual({ estimate: 1, lower: expect.closeTo(0.9923756595384479, 15), upper: 1 });
    // Closed form at k = 0: upper = z² / (n + z²)
    const z = 1.959963984540054;
    expectRelativelyClose(wilsonInterval(0, 500).upper, (z * z) / (500 + z * z));
  });
});

describe('coverage and input checks', () => {
  it('covers a 1 % error rate in about 93 % of 2000 seeded intervals of 400 requests, as theory says', () => {
    const rng = createRng(5);
    let covered = 0;
    for (let run = 0; run < 2000; run++) {
      let errors = 0;
      for (let i = 0; i < 400; i++) if (rng.bernoulli(0.01)) errors++;
      const { lower, upper } = wilsonInterval(errors, 400);
      if (lower <= 0.01 && 0.01 <= upper) covered++;
    }
    // Measured 0.933 with this seed. The exact coverage is 0.9318 (Σ binom.pmf(k, 400, 0.01) over the k whose SciPy
    // Wilson interval holds 0.01): at n·p = 4 Wilson's coverage oscillates a little below the nominal 95 %.
    expect(covered / 2000).toBeGreaterThan(0.915);
    expect(covered / 2000).toBeLessThan(0.97);
  });

  it('rejects impossible counts and confidence levels', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(/trials ≥ 1/);
    expect(() => wilsonInterval(6, 5)).toThrow(/from 0 to trials/);
    expect(() => wilsonInterval(1.5, 5)).toThrow(/whole number/);
    expect(() => wilsonInterval(1, 5, 1)).toThrow(/strictly between 0 and 1/);
  });
});
