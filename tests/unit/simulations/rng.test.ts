// The seeded generator: reproducible, forkable without interference, and statistically sane.
import { describe, expect, it } from 'vitest';
import { MAX_SEED, createRng, normalizeSeed, randomSeedFrom, type Rng } from '../../../simulations/core/rng';
import { logGamma } from '../../../simulations/core/poisson';

const N = 20_000;
const draws = (rng: Rng, count: number, draw: (rng: Rng) => number) => Array.from({ length: count }, () => draw(rng));
const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
const variance = (xs: readonly number[]) => {
  const m = mean(xs);
  return xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1);
};
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
};

describe('determinism', () => {
  it('gives identical sequences for the same seed across every method', () => {
    const run = (rng: Rng) => [
      ...draws(rng, 5, (r) => r.next()),
      rng.int(1, 6),
      rng.normal(),
      rng.poisson(3),
      rng.poisson(500),
      rng.categorical([1, 2, 3]),
      ...rng.shuffle([1, 2, 3, 4, 5]),
    ];
    expect(run(createRng(42))).toEqual(run(createRng(42)));
  });

  it('gives different sequences for different seeds, including neighbouring ones', () => {
    const first = (seed: number) => draws(createRng(seed), 10, (r) => r.next());
    expect(first(42)).not.toEqual(first(43));
    // The raw LCG would give nearly equal first draws for neighbouring seeds; the scrambler must not.
    expect(Math.abs(createRng(42).next() - createRng(43).next())).toBeGreaterThan(0.001);
  });

  it('rejects seeds that are not integers in [1, MAX_SEED]', () => {
    for (const bad of [0, -1, 1.5, MAX_SEED + 1, Number.NaN]) expect(() => createRng(bad)).toThrow(/normalizeSeed/);
    expect(createRng(MAX_SEED).seed).toBe(MAX_SEED);
  });
});

describe('fork', () => {
  it('yields the same child stream whether forked before or after the parent draws', () => {
    const parent = createRng(7);
    const before = parent.fork('arrivals');
    draws(parent, 1000, (r) => r.next());
    const after = parent.fork('arrivals');
    expect(draws(after, 50, (r) => r.next())).toEqual(draws(before, 50, (r) => r.next()));
  });

  it('does not consume the parent stream', () => {
    const forked = createRng(7);
    forked.fork('labels');
    forked.fork('model-init');
    expect(draws(forked, 20, (r) => r.next())).toEqual(draws(createRng(7), 20, (r) => r.next()));
  });

  it('keeps sibling streams independent of how many draws each one makes', () => {
    const trace = (arrivalDraws: number) => {
      const root = createRng(11);
      const arrivals = root.fork('arrivals');
      const labels = root.fork('labels');
      draws(arrivals, arrivalDraws, (r) => r.next());
      return draws(labels, 20, (r) => r.next());
    };
    expect(trace(3)).toEqual(trace(3000));
  });

  it('derives different children for different labels and different parents', () => {
    const root = createRng(11);
    const a = draws(root.fork('a'), 10, (r) => r.next());
    expect(draws(root.fork('b'), 10, (r) => r.next())).not.toEqual(a);
    expect(draws(createRng(12).fork('a'), 10, (r) => r.next())).not.toEqual(a);
    expect(draws(root.fork('a').fork('b'), 10, (r) => r.next())).not.toEqual(draws(root.fork('b').fork('a'), 10, (r) => r.next()));
    expect(root.fork('a').seed).toBeGreaterThanOrEqual(1);
    expect(root.fork('a').seed).toBeLessThanOrEqual(MAX_SEED);
  });
});

describe('seeds', () => {
  it('normalizeSeed keeps valid seeds and maps everything else into [1, 2^31 - 1]', () => {
    expect(normalizeSeed(42)).toBe(42);
    expect(normalizeSeed(MAX_SEED)).toBe(MAX_SEED);
    expect(normalizeSeed(0)).toBe(MAX_SEED);
    expect(normalizeSeed(MAX_SEED + 1)).toBe(1);
    expect(normalizeSeed(-42)).toBe(42);
    expect(normalizeSeed(42.9)).toBe(42);
    for (const n of [0.5, -1e300, 1e300, 2 ** 40 + 3]) {
      const seed = normalizeSeed(n);
      expect(Number.isInteger(seed) && seed >= 1 && seed <= MAX_SEED).toBe(true);
    }
    expect(() => normalizeSeed(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('randomSeedFrom draws a valid, reproducible seed', () => {
    const seed = randomSeedFrom(createRng(3));
    expect(seed).toBe(randomSeedFrom(createRng(3)));
    expect(() => createRng(seed)).not.toThrow();
  });
});

describe('distributions (20k draws)', () => {
  it('next is in [0, 1) with mean 1/2; int covers its inclusive range', () => {
    const us = draws(createRng(1), N, (r) => r.next());
    expect(Math.min(...us)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...us)).toBeLessThan(1);
    expect(mean(us)).toBeCloseTo(0.5, 2);
    const dice = draws(createRng(1), N, (r) => r.int(1, 6));
    expect(new Set(dice)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(mean(dice)).toBeCloseTo(3.5, 1);
  });

  it('normal has the requested mean and variance', () => {
    const xs = draws(createRng(2), N, (r) => r.normal(10, 3));
    expect(Math.abs(mean(xs) - 10)).toBeLessThan(0.08);
    expect(Math.abs(variance(xs) - 9) / 9).toBeLessThan(0.05);
  });

  it('poisson has mean ≈ variance ≈ lambda for small and large lambda', () => {
    for (const lambda of [3, 200]) {
      const xs = draws(createRng(3), N, (r) => r.poisson(lambda));
      expect(xs.every(Number.isInteger)).toBe(true);
      expect(Math.abs(mean(xs) - lambda) / lambda).toBeLessThan(0.02);
      expect(Math.abs(variance(xs) - lambda) / lambda).toBeLessThan(0.05);
    }
    expect(createRng(3).poisson(0)).toBe(0);
    expect(() => createRng(3).poisson(-1)).toThrow(RangeError);
  });

  it('poisson at lambda 3 matches the exact probability of zero', () => {
    const zeros = draws(createRng(4), N, (r) => r.poisson(3)).filter((k) => k === 0).length / N;
    expect(Math.abs(zeros - Math.exp(-3))).toBeLessThan(0.006);
  });

  it('logGamma agrees with known factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 10);
    expect(logGamma(11)).toBeCloseTo(Math.log(3_628_800), 9);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });

  it('lognormal has median e^mu', () => {
    const xs = draws(createRng(5), N, (r) => r.lognormal(1.5, 0.8));
    expect(Math.abs(median(xs) - Math.exp(1.5)) / Math.exp(1.5)).toBeLessThan(0.03);
  });

  it('exponential has mean 1/rate', () => {
    const xs = draws(createRng(6), N, (r) => r.exponential(4));
    expect(Math.abs(mean(xs) - 0.25)).toBeLessThan(0.01);
  });

  it('bernoulli and categorical follow their probabilities', () => {
    const heads = draws(createRng(7), N, (r) => (r.bernoulli(0.3) ? 1 : 0));
    expect(Math.abs(mean(heads) - 0.3)).toBeLessThan(0.015);
    const weights = [1, 0, 3, 6];
    const counts = [0, 0, 0, 0];
    for (const index of draws(createRng(8), N, (r) => r.categorical(weights))) counts[index]! += 1;
    expect(counts[1]).toBe(0);
    weights.forEach((weight, i) => expect(Math.abs(counts[i]! / N - weight / 10)).toBeLessThan(0.015));
    expect(() => createRng(8).categorical([0, 0])).toThrow(RangeError);
    expect(() => createRng(8).categorical([1, -1])).toThrow(RangeError);
  });
});

describe('shuffle and pick', () => {
  it('shuffle returns a deterministic permutation and leaves the input alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRng(9).shuffle(items);
    expect(shuffled).toEqual(createRng(9).shuffle(items));
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items[0]).toBe(0);
  });

  it('shuffle puts each item in each position about equally often', () => {
    const rng = createRng(10);
    const firstPlace = [0, 0, 0, 0];
    for (let i = 0; i < N; i++) firstPlace[rng.shuffle([0, 1, 2, 3])[0]!]! += 1;
    for (const count of firstPlace) expect(Math.abs(count / N - 0.25)).toBeLessThan(0.015);
  });

  it('pick chooses every element and refuses an empty array', () => {
    const rng = createRng(11);
    expect(new Set(draws(rng, 200, (r) => r.pick([1, 2, 3])))).toEqual(new Set([1, 2, 3]));
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});
