// Lognormal latency from a median and a p99: closed-form parameters, quantiles that round-trip, and seeded draws that agree.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { lognormalCdf, lognormalFromMedianAndTail, lognormalMean, lognormalQuantile } from '../../../../simulations/canary/stats/lognormal-latency';
import { quantile } from '../../../../simulations/canary/stats/quantile';

const expectRelativelyClose = (actual: number, expected: number, relative = 1e-12) => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
};
/** Φ⁻¹(0.99): scipy.stats.norm.ppf(0.99) → 2.3263478740408408 */
const Z99 = 2.3263478740408408;

describe('lognormalFromMedianAndTail', () => {
  it('gives mu = ln(median) and sigma = ln(p99 / median) / z₀.₉₉ in closed form', () => {
    const params = lognormalFromMedianAndTail(200, 500);
    expectRelativelyClose(params.mu, Math.log(200));
    expectRelativelyClose(params.sigma, Math.log(2.5) / Z99);
    // np.log(500 / 200) / scipy.stats.norm.ppf(0.99) → 0.3938751990185234
    expectRelativelyClose(params.sigma, 0.3938751990185234);
  });

  it('takes other tail levels: a p95 of 300 ms over a 120 ms median', () => {
    // np.log(300 / 120) / scipy.stats.norm.ppf(0.95) → 0.5570652104603275
    expectRelativelyClose(lognormalFromMedianAndTail(120, 300, 0.95).sigma, 0.5570652104603275);
  });

  it('rejects a tail at or below the median and impossible inputs', () => {
    expect(() => lognormalFromMedianAndTail(200, 200)).toThrow(/p99 latency \(200\) must be finite and above the median \(200\)/);
    expect(() => lognormalFromMedianAndTail(0, 500)).toThrow(/median latency must be a finite number > 0/);
    expect(() => lognormalFromMedianAndTail(200, 500, 0.4)).toThrow(/strictly between 0.5 and 1/);
  });
});

describe('quantiles, CDF and mean (scipy.stats.lognorm(s=sigma, scale=exp(mu)), SciPy 1.10.1, median 200, p99 500)', () => {
  const params = lognormalFromMedianAndTail(200, 500);

  it('round-trips the median and the p99 it was built from', () => {
    expectRelativelyClose(lognormalQuantile(params, 0.5), 200);
    expectRelativelyClose(lognormalQuantile(params, 0.99), 500, 1e-13);
    expectRelativelyClose(lognormalCdf(params, 500), 0.99, 1e-13);
    expectRelativelyClose(lognormalCdf(params, 200), 0.5);
  });

  it('at other points: .ppf(0.9) → 331.32134806077795, .cdf(300) → 0.8483600751558804, .mean() → 216.1313236388864', () => {
    expectRelativelyClose(lognormalQuantile(params, 0.9), 331.32134806077795);
    expectRelativelyClose(lognormalCdf(params, 300), 0.8483600751558804);
    // Closed form exp(mu + sigma²/2) = 200 · exp(sigma²/2)
    expectRelativelyClose(lognormalMean(params), 216.1313236388864);
    expectRelativelyClose(lognormalMean(params), 200 * Math.exp(params.sigma ** 2 / 2));
    expect(lognormalCdf(params, 0)).toBe(0);
  });

  it('agrees with 20,000 seeded draws from rng.lognormal(mu, sigma)', () => {
    const rng = createRng(3);
    const draws = Float64Array.from({ length: 20_000 }, () => rng.lognormal(params.mu, params.sigma));
    // The sampling sd of the median is about 0.35 % here and of the p99 about 1 %; allow about four times that.
    expect(Math.abs(quantile(draws, 0.5) / 200 - 1)).toBeLessThan(0.015);
    expect(Math.abs(quantile(draws, 0.99) / 500 - 1)).toBeLessThan(0.05);
  });
});
