// Mini-batch order for one epoch: a seeded Fisher–Yates shuffle, never TF.js's Math.random-based one.
import type { Random } from './initializers';

/** A uniformly random permutation of 0…n−1 drawn from `random`. */
export function permutation(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    // min() guards against a generator that ever returns exactly 1.
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return order;
}

/** Row indices of each mini-batch of one epoch, in visiting order; the last batch may be short. */
export function shuffledBatches(n: number, batchSize: number, random: Random): Uint32Array[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batchSize must be a positive integer, got ${batchSize}.`);
  }
  const order = permutation(n, random);
  const batches: Uint32Array[] = [];
  for (let start = 0; start < n; start += batchSize) batches.push(order.subarray(start, start + batchSize));
  return batches;
}
