// Exact null distribution of the two-sample KS statistic: the chance a random lattice path leaves a diagonal band.

/**
 * P(D_{m,n} ≥ d) under the null hypothesis that both samples come from one continuous
 * distribution, exactly (up to rounding). Merging the samples in sorted order is a lattice path
 * from (0, 0) to (m, n), every path equally likely; D ≥ d exactly when the path touches
 * |i/m − j/n| ≥ d. Like `scipy.stats.ks_2samp(..., method="exact")`, d is first snapped to the
 * nearest attainable value h/lcm(m, n), and ties in the data are ignored (the p-value assumes
 * continuous data, so with many ties it is conservative).
 *
 * Unlike SciPy (which counts paths, after Hodges 1958 and Viehmann 2021) this carries
 * probability mass along the path and adds up the mass that steps out of the band, so the result
 * is a sum of positive terms with no cancellation even for tiny p-values. Cost O(m · n · d).
 */
export function exactTwoSampleKsSf(m: number, n: number, d: number): number {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1) throw new RangeError(`Sample sizes must be whole numbers ≥ 1, got ${m} and ${n}.`);
  const g = gcd(m, n);
  const h = Math.round(d * (m / g) * n);
  if (h <= 0) return 1;
  // In integers: the path is outside the band at (i, j) when |i·n − j·m| ≥ h·g.
  const bound = h * g;
  const low = (i: number) => Math.max(0, Math.floor((i * n - bound) / m) + 1);
  const high = (i: number) => Math.min(n, Math.ceil((i * n + bound) / m) - 1);

  const mass = new Float64Array(n + 1);
  let escaped = 0;
  let previousLow = 0;
  for (let i = 0; i <= m; i++) {
    const lo = low(i);
    const hi = high(i);
    if (lo > hi) return 1;
    // Mass arriving from row i − 1 below the band's new lower edge leaves the band here.
    for (let j = previousLow; j < lo; j++) {
      if (i > 0) escaped += mass[j]! * stepInI(m, n, i - 1, j);
      mass[j] = 0;
    }
    for (let j = lo; j <= hi; j++) {
      const fromBelow = i === 0 ? (j === 0 ? 1 : 0) : mass[j]! * stepInI(m, n, i - 1, j);
      const fromLeft = j > lo ? mass[j - 1]! * stepInJ(m, n, i, j - 1) : 0;
      mass[j] = fromBelow + fromLeft;
    }
    // A step in j from the top of the band leaves it too (the band's upper edge only rises with i).
    if (hi < n) escaped += mass[hi]! * stepInJ(m, n, i, hi);
    previousLow = lo;
  }
  return Math.min(1, escaped);
}

/** Chance the next merged value comes from the first sample when i of m and j of n are used. */
function stepInI(m: number, n: number, i: number, j: number): number {
  return (m - i) / (m - i + n - j);
}

function stepInJ(m: number, n: number, i: number, j: number): number {
  return (n - j) / (m - i + n - j);
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
