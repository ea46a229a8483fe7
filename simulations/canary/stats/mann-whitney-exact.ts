// Exact null distribution of the Mann–Whitney U statistic, for small samples without ties.

/**
 * Above this much work (min(m, n)² × max(m, n), the cost of the polynomial products below) an
 * exact p-value costs too much for a browser step; callers fall back to the normal approximation.
 * It allows e.g. 8 × 300,000 or 200 × 600.
 */
export const MWU_EXACT_MAX_WORK = 25_000_000;

/**
 * P(U = k) for k = 0 … m·n when every ordering of the m + n pooled values is equally likely (no
 * ties). The count of orderings with U = k is the coefficient of qᵏ in the Gaussian binomial
 * [m+n choose m]_q = Πᵢ₌₁..ₛ (1 − q^(L+i)) / (1 − qⁱ) with s = min(m, n), L = max(m, n).
 *
 * SciPy 1.10 fills a table by the recursion f(m, n, k) = f(m−1, n, k−n) + f(m, n−1, k), which
 * costs O(m·n·mn) time and memory; the product costs O(s²·L) and one array of m·n + 1 numbers.
 * Each factor is applied as a multiply then an exact division, and the coefficients are rescaled
 * to sum to 1 after every factor, so nothing overflows. The low coefficients (the tail a small
 * p-value sums) are never touched by the subtraction, so they keep full relative precision.
 */
export function exactMannWhitneyPmf(m: number, n: number): Float64Array {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1) throw new RangeError(`Sample sizes must be whole numbers ≥ 1, got ${m} and ${n}.`);
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const mass = new Float64Array(small * large + 1);
  mass[0] = 1;
  for (let i = 1; i <= small; i++) {
    const degree = i * large;
    // × (1 − q^(L+i)); terms above the new degree are dropped because the division below cancels them exactly.
    const shift = large + i;
    for (let k = degree; k >= shift; k--) mass[k]! -= mass[k - shift]!;
    // ÷ (1 − qⁱ) is a running sum with stride i.
    for (let k = i; k <= degree; k++) mass[k]! += mass[k - i]!;
    // The coefficients of [L+i choose i]_q add up to C(L+i, i) = C(L+i−1, i−1) × (L+i)/i.
    const scale = i / shift;
    for (let k = 0; k <= degree; k++) mass[k]! *= scale;
  }
  return mass;
}

/**
 * P(U ≥ u) under the null hypothesis, for sample sizes m and n and a whole number u. By the
 * symmetry P(U = k) = P(U = mn − k) this sums the lower tail up to mn − u, as SciPy does, so a tiny
 * p-value is a sum of tiny terms rather than 1 minus something close to 1.
 */
export function exactMannWhitneySf(u: number, m: number, n: number): number {
  if (!Number.isInteger(u)) throw new RangeError(`The exact U distribution needs a whole-number U, got ${u}.`);
  const total = m * n;
  if (u <= 0) return 1;
  if (u > total) return 0;
  const mass = exactMannWhitneyPmf(m, n);
  let sum = 0;
  for (let k = 0; k <= total - u; k++) sum += mass[k]!;
  return Math.min(1, sum);
}
