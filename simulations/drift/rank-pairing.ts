// Butterfly drift: re-pair one column's values with another's ranks, so the joint distribution changes and neither marginal does.
import type { Rng } from '../core/rng';

/**
 * Reorders `values` in place so that they rise with `keys` with Gaussian-copula correlation ρ
 * (Iman–Conover style). Each row gets a score ρ·z + √(1 − ρ²)·ε, where z is a normal score of its
 * key's rank and ε fresh noise; the sorted values are then handed out in score order.
 *
 * The multiset of `values` is untouched and the order depends only on `keys` and the noise, never
 * on the values themselves. So if `values` was an i.i.d. sample of its distribution, it still is
 * one, column by column: every single-feature test sees exactly the null hypothesis. Only the
 * pairing with `keys` changes. ρ = 0 gives a uniformly random re-pairing (independence).
 */
export function pairByRank(values: Float64Array, keys: Float64Array, rho: number, rng: Rng): void {
  const n = values.length;
  if (keys.length !== n) throw new Error(`Rank pairing needs one key per value, got ${keys.length} keys for ${n} values.`);
  if (!(rho >= 0 && rho < 1)) throw new RangeError(`Pairing strength must be in [0, 1), got ${rho}.`);
  if (n < 2) return;
  // Normal scores: a sorted standard-normal sample, the k-th smallest going to the key of rank k.
  const scores = Float64Array.from({ length: n }, () => rng.normal()).sort();
  const byKey = Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const noise = Math.sqrt(1 - rho * rho);
  const score = new Float64Array(n);
  byKey.forEach((row, rank) => {
    score[row] = rho * scores[rank]! + noise * rng.normal();
  });
  const sortedValues = Float64Array.from(values).sort();
  const byScore = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a]! - score[b]! || a - b);
  byScore.forEach((row, rank) => {
    values[row] = sortedValues[rank]!;
  });
}
