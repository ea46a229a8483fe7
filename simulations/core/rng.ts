// The seeded random generator every simulation draws from, with named independent child streams.
import { randomLcg } from 'd3';
import { fnv1a32, mix32 } from './hash';
import { samplePoisson } from './poisson';

/** Largest seed; TF.js and most tools take a signed 32-bit seed, and 0 means "unseeded" there. */
export const MAX_SEED = 2 ** 31 - 1;

/** A seeded stream of random numbers. Every method consumes draws except `fork`. */
export interface Rng {
  /** The seed this stream was created from (for a fork, the derived seed); always in [1, MAX_SEED]. */
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, maxInclusive]; both must be integers. */
  int(min: number, maxInclusive: number): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  /** Normal by Box–Muller; uses two uniforms per draw and keeps no spare, so draw counts are predictable. */
  normal(mean?: number, sd?: number): number;
  /** exp(Normal(mu, sigma)): the median is e^mu. */
  lognormal(mu: number, sigma: number): number;
  /** Exponential with the given rate (mean 1/rate): gaps between Poisson arrivals. */
  exponential(rate: number): number;
  /** Poisson count; exact for every rate (inversion below 30, PTRS at 30 and above). */
  poisson(lambda: number): number;
  /** true with probability p. */
  bernoulli(p: number): boolean;
  /** Index drawn with probability proportional to its weight. */
  categorical(weights: readonly number[]): number;
  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T;
  /** A new array in uniformly random order (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * A child stream derived from this stream's seed and `label` only. Forking consumes nothing
   * and does not depend on how many draws this stream has made, so `rng.fork('arrivals')` is
   * the same stream whenever it is called. The same label always gives the same child: use one
   * label per purpose. Children of different labels (or of different parents) are unrelated.
   */
  fork(label: string): Rng;
}

/**
 * Maps any finite number to a valid seed in [1, MAX_SEED]: integers already in range are kept,
 * fractions are truncated, negatives use their absolute value, and everything else wraps
 * modulo MAX_SEED (so 0 becomes MAX_SEED, MAX_SEED + 1 becomes 1).
 */
export function normalizeSeed(n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`A seed must be a finite number, got ${n}.`);
  const whole = Math.trunc(Math.abs(n));
  return ((((whole - 1) % MAX_SEED) + MAX_SEED) % MAX_SEED) + 1;
}

/** Draws a fresh valid seed from `rng`, e.g. to seed a TF.js initializer from the run's stream. */
export function randomSeedFrom(rng: Rng): number {
  return rng.int(1, MAX_SEED);
}

/** Creates the stream for `seed`, an integer in [1, MAX_SEED] (use `normalizeSeed` on anything else). */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 1 || seed > MAX_SEED) {
    throw new RangeError(`A seed must be an integer from 1 to ${MAX_SEED}, got ${seed}; normalizeSeed() maps any number to one.`);
  }
  // Scrambling first means seeds 42 and 43 start far apart in the LCG's single 2^32 cycle.
  const next = randomLcg(mix32(seed) || 1);

  const normal = (mean = 0, sd = 1): number => {
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    return mean + sd * radius * Math.cos(2 * Math.PI * next());
  };

  const int = (min: number, maxInclusive: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(maxInclusive) || maxInclusive < min) {
      throw new RangeError(`int(min, max) needs integers with min ≤ max, got ${min}, ${maxInclusive}.`);
    }
    return min + Math.floor(next() * (maxInclusive - min + 1));
  };

  return {
    seed,
    next,
    int,
    uniform: (a, b) => a + (b - a) * next(),
    normal,
    lognormal: (mu, sigma) => Math.exp(normal(mu, sigma)),
    exponential(rate) {
      if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`Exponential rate must be a finite number > 0, got ${rate}.`);
      return -Math.log(1 - next()) / rate;
    },
    poisson: (lambda) => samplePoisson(next, lambda),
    bernoulli(p) {
      if (!(p >= 0 && p <= 1)) throw new RangeError(`Bernoulli probability must be in [0, 1], got ${p}.`);
      return next() < p;
    },
    categorical: (weights) => drawIndex(next(), weights),
    pick(items) {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty array.');
      return items[int(0, items.length - 1)]!;
    },
    shuffle(items) {
      const result = items.slice();
      for (let i = result.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [result[i], result[j]] = [result[j]!, result[i]!];
      }
      return result;
    },
    fork: (label) => createRng(childSeed(seed, label)),
  };
}

function childSeed(parentSeed: number, label: string): number {
  return (mix32(mix32(parentSeed) ^ fnv1a32(label)) % MAX_SEED) + 1;
}

function drawIndex(u: number, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`Categorical weights must be finite and ≥ 0, got ${weight}.`);
    total += weight;
  }
  if (!(total > 0)) throw new RangeError('Categorical weights must include at least one positive weight.');
  let threshold = u * total;
  let lastPositive = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i]!;
    if (weight === 0) continue;
    if (threshold < weight) return i;
    threshold -= weight;
    lastPositive = i;
  }
  // Rounding can leave a sliver past the last weight; it belongs to the last possible index.
  return lastPositive;
}
