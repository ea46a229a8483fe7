// The Kolmogorov distribution of the two-sided KS statistic D_n: exact-or-best for finite n, and its n → ∞ limit.
import { durbinKolmogorovCdf } from './kolmogorov-durbin';

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = PI2 ** 2;
const PI6 = PI2 ** 3;
/** exp() of anything below this is 0 in double precision. */
const MIN_EXPONENT = -708;

/**
 * P(D_n ≥ d): the survival function of the two-sided one-sample Kolmogorov statistic for a
 * sample of size n. Same quantity and the same choice of method per region as
 * `scipy.stats.kstwo.sf(d, n)`, which follows Simard & L'Ecuyer, "Computing the two-sided
 * Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11), 2011:
 * - the closed forms of Ruben & Gambino near d = 1/(2n) and d = 1;
 * - 2 × the exact one-sided Smirnov tail where the two one-sided events cannot both happen
 *   (d ≥ 1/2) or where that overlap is negligible (large n·d²);
 * - Durbin's exact matrix method for small n·d (SciPy uses Pomeranz's recursion for part of
 *   this region for n ≤ 140; both are exact, so the values agree to rounding);
 * - the Pelz–Good asymptotic series for large n and moderate n·d².
 */
export function kolmogorovSf(d: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`The Kolmogorov distribution needs a whole sample size n ≥ 1, got ${n}.`);
  if (Number.isNaN(d)) throw new RangeError('The Kolmogorov statistic d is NaN.');
  if (d >= 1) return 0;
  const t = n * d;
  if (t <= 0.5) return 1;
  if (t <= 1) return clip(1 - rubenGambinoLowerCdf(n, t));
  if (t >= n - 1) return clip(2 * (1 - d) ** n);
  if (d >= 0.5) return clip(2 * smirnovSf(n, d));
  const nd2 = t * d;
  if (n <= 140) return clip(nd2 <= 4 ? 1 - durbinKolmogorovCdf(n, d) : 2 * smirnovSf(n, d));
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return clip(2 * smirnovSf(n, d));
  if (n <= 100_000 && n * d ** 1.5 <= 1.4) return clip(1 - durbinKolmogorovCdf(n, d));
  return clip(1 - pelzGoodCdf(n, d));
}

/**
 * P(√n·D_n ≥ z) as n → ∞: Kolmogorov's limiting distribution, Q(z) = 2 Σ (−1)^(k−1) e^(−2k²z²).
 * Same value as `scipy.stats.kstwobign.sf(z)` (alias `scipy.special.kolmogorov(z)`).
 */
export function kolmogorovLimitSf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('The scaled Kolmogorov statistic z is NaN.');
  if (z <= 0) return 1;
  if (z >= 1) {
    // The alternating series converges in a handful of terms once z ≥ 1.
    let sum = 0;
    for (let k = 1; k < 100; k++) {
      const term = Math.exp(-2 * k * k * z * z);
      sum += k % 2 === 1 ? term : -term;
      if (term <= Number.EPSILON * sum) break;
    }
    return clip(2 * sum);
  }
  // Below 1 the Jacobi-theta form of the CDF converges faster: √(2π)/z Σ e^(−(2k−1)²π²/(8z²)).
  let cdf = 0;
  for (let m = 1; m < 200; m += 2) {
    const term = Math.exp((-m * m * PI2) / (8 * z * z));
    cdf += term;
    if (term === 0 || term < Number.EPSILON * cdf) break;
  }
  return clip(1 - (SQRT_2PI / z) * cdf);
}

/**
 * P(D_n⁺ ≥ d): the exact one-sided Smirnov tail by the Birnbaum–Tingey sum
 * d Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v), summed in logs so that
 * C(n, v) cannot overflow. Same value as `scipy.special.smirnov(n, d)`.
 */
export function smirnovSf(n: number, d: number): number {
  if (d <= 0) return 1;
  if (d >= 1) return 0;
  const last = Math.floor(n * (1 - d));
  let logChoose = 0;
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const at = d + v / n;
    if (at < 1) {
      const logTerm = logChoose + (v - 1) * Math.log(at) + (n - v) * Math.log1p(-at);
      if (logTerm > MIN_EXPONENT) sum += Math.exp(logTerm);
    }
    logChoose += Math.log((n - v) / (v + 1));
  }
  return clip(d * sum);
}

/** P(D_n ≤ d) = n!/nⁿ (2t − 1)ⁿ for 1/2 < t = n·d ≤ 1 (Ruben & Gambino 1982). */
function rubenGambinoLowerCdf(n: number, t: number): number {
  let product = 1;
  for (let i = 1; i <= n && product > 0; i++) product *= (i / n) * (2 * t - 1);
  return product;
}

/**
 * Pelz & Good (1976), J. R. Stat. Soc. B 38(2): Li-Chien and Korolyuk's expansion
 * P(D_n ≤ x) ≈ K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^(3/2), z = x√n, rewritten with Jacobi
 * theta identities into sums that converge fast for small z (terms as in Simard & L'Ecuyer 2011).
 */
function pelzGoodCdf(n: number, x: number): number {
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  if (-PI2 / (8 * z2) < MIN_EXPONENT) return 0;
  // Enough terms for the odd-index sums to reach double precision (the cut-off SciPy uses).
  const terms = Math.ceil((16 * z) / Math.PI);
  let odd0 = 0;
  let odd1 = 0;
  let odd2 = 0;
  let odd3 = 0;
  let all2 = 0;
  let all3 = 0;
  for (let k = 1; k <= terms; k++) {
    const m2 = (2 * k - 1) ** 2;
    const weight = Math.exp((-m2 * PI2) / (8 * z2));
    odd0 += weight;
    odd1 += ((PI2 * m2) / 4 - z2) * weight;
    odd2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + ((1 - 2 * z2) * PI4 * m2 * m2) / 16) * weight;
    odd3 +=
      (-30 * z6 - 90 * z6 * z2 + ((135 * z4 - 96 * z6) * PI2 * m2) / 4 + ((212 * z4 - 60 * z2) * PI4 * m2 * m2) / 16 + ((5 - 30 * z2) * PI6 * m2 * m2 * m2) / 64) *
      weight;
    const k2 = k * k;
    const allWeight = Math.exp((-PI2 * k2) / (2 * z2));
    all2 += k2 * allWeight;
    all3 += (3 * z2 - PI2 * k2) * k2 * allWeight;
  }
  const k0 = (SQRT_2PI / z) * odd0;
  const k1 = (SQRT_2PI / (6 * z4)) * odd1;
  const k2 = (SQRT_2PI / (72 * z6 * z)) * odd2 - ((PI2 * SQRT_2PI) / (36 * z2 * z)) * all2;
  const k3 = (SQRT_2PI / (6480 * z6 * z4)) * odd3 + ((PI2 * SQRT_2PI) / (216 * z6)) * all3;
  return k0 + k1 / Math.sqrt(n) + k2 / n + k3 / (n * Math.sqrt(n));
}

function clip(p: number): number {
  return Math.min(1, Math.max(0, p));
}
