// The standard normal distribution: CDF, survival function and quantile, accurate to about 15 digits in both tails.
import { regularizedGammaQ } from '../../core/stats/gamma';

/**
 * P(Z ≤ z) for Z ~ N(0, 1). Same value as `scipy.stats.norm.cdf(z)`.
 * Uses erfc(x) = Q(1/2, x²) from the drift module's incomplete gamma, so the lower tail keeps its
 * relative precision (Φ(−30) ≈ 5e−198, not 0) — one-sided p-values and tail quantiles depend on it.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Number.NEGATIVE_INFINITY) return 0;
  if (z === Number.POSITIVE_INFINITY) return 1;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

/** P(Z > z) = Φ(−z), computed directly so large z gives a tiny p-value rather than 1 − 1 = 0. Same value as `scipy.stats.norm.sf(z)`. */
export function normalSf(z: number): number {
  return Number.isNaN(z) ? Number.NaN : normalCdf(-z);
}

/** φ(z), the standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Φ⁻¹(p): the z with P(Z ≤ z) = p, for p in [0, 1] (±Infinity at the ends). Same value as
 * `scipy.stats.norm.ppf(p)`. Starts from Abramowitz & Stegun 26.2.23 (error < 4.5e−4) and polishes
 * with Halley steps on normalCdf, which triple the correct digits each time; solving in the lower
 * tail and reflecting keeps p = 1e−300 as accurate as p = 0.3.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability must be in [0, 1], got ${p}.`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p > 0.5) return -lowerTailQuantile(1 - p);
  return lowerTailQuantile(p);
}

/** Φ⁻¹(p) for 0 < p ≤ 0.5. */
function lowerTailQuantile(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  let z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  for (let step = 0; step < 8; step++) {
    const density = normalPdf(z);
    // Far in the tail φ underflows to 0 before Φ does; the starting value is then already the best a double can say.
    if (density === 0) break;
    const newtonStep = (normalCdf(z) - p) / density;
    const change = newtonStep / (1 + (z * newtonStep) / 2);
    z -= change;
    if (Math.abs(change) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}
