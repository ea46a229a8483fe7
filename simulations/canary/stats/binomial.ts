// Binomial probabilities: how many of n observations fall below a quantile, behind distribution-free quantile intervals.

/**
 * P(B = k) for every k = 0 … n, where B ~ Binomial(n, p). Same values as
 * `scipy.stats.binom.pmf(np.arange(n + 1), n, p)`.
 *
 * Walks out from the mode with the ratio P(k+1)/P(k) = (n−k)/(k+1) · p/(1−p) and divides by the
 * total at the end, so no factorial or log-gamma is needed: each value is a product of well-scaled
 * ratios, accurate to about 1e−13 relative even at n = 100,000. Values far in the tails underflow to 0.
 */
export function binomialPmfs(n: number, p: number): Float64Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`The number of trials must be a whole number ≥ 0, got ${n}.`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A probability must be in [0, 1], got ${p}.`);
  const pmf = new Float64Array(n + 1);
  if (p === 0 || p === 1) {
    pmf[p === 0 ? 0 : n] = 1;
    return pmf;
  }
  const odds = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  pmf[mode] = 1;
  for (let k = mode; k < n; k++) pmf[k + 1] = pmf[k]! * ((n - k) / (k + 1)) * odds;
  for (let k = mode; k > 0; k--) pmf[k - 1] = pmf[k]! * (k / (n - k + 1)) / odds;
  // Add from the small ends inward so the tails are not lost against the bulk.
  let total = 0;
  for (let k = 0; k < mode; k++) total += pmf[k]!;
  for (let k = n; k >= mode; k--) total += pmf[k]!;
  for (let k = 0; k <= n; k++) pmf[k]! /= total;
  return pmf;
}
