// The drift scenarios' row generator: seeded, and each scenario changes exactly what it claims to, from the drift start on.
import { describe, expect, it } from 'vitest';
import { COLUMN, type Rows } from '../../../../simulations/drift/features';
import { PERCENT } from '../../../../simulations/drift/mail-rows';
import { pairByRank } from '../../../../simulations/drift/rank-pairing';
import { createRng } from '../../../../simulations/core/rng';
import { createScenario, type ScenarioConfig } from '../../../../simulations/drift/scenarios';
import { batchConditions, driftActive, weekdayOf } from '../../../../simulations/drift/scenario-conditions';

const config = (overrides: Partial<ScenarioConfig> = {}): ScenarioConfig => ({ scenario: 'none', driftStrength: 0.5, driftStart: 3, fault: 'unit', extraFeatures: 0, ...overrides });
const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0) / xs.length;
const sorted = (xs: Float64Array) => Float64Array.from(xs).sort();

/** Spearman's rank correlation (no ties expected in the columns it is used on). */
function spearman(a: Float64Array, b: Float64Array): number {
  const ranks = (xs: Float64Array) => {
    const order = Array.from(xs.keys()).sort((i, j) => xs[i]! - xs[j]! || i - j);
    const r = new Float64Array(xs.length);
    order.forEach((row, rank) => (r[row] = rank));
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (ra[i]! - ma) * (rb[i]! - mb);
    da += (ra[i]! - ma) ** 2;
    db += (rb[i]! - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** The same batch drawn with and without the scenario: the generator shares every other draw between them. */
function twins(scenario: ScenarioConfig['scenario'], batch: number, size = 800, overrides: Partial<ScenarioConfig> = {}): { plain: Rows; drifted: Rows } {
  return {
    plain: createScenario(config(overrides), 7).batch(batch, size),
    drifted: createScenario(config({ scenario, ...overrides }), 7).batch(batch, size),
  };
}

describe('row generator', () => {
  it('is deterministic and order-free: the same seed gives the same rows whichever batch is asked for first', () => {
    const a = createScenario(config({ extraFeatures: 2 }), 11);
    const b = createScenario(config({ extraFeatures: 2 }), 11);
    const later = b.batch(5, 300);
    expect(a.reference(700)).toEqual(b.reference(700));
    expect(a.batch(5, 300)).toEqual(later);
    expect(createScenario(config(), 12).batch(5, 300).numeric[COLUMN.length]).not.toEqual(later.numeric[COLUMN.length]);
  });

  it('draws rows with the promised shape and plausible mail values', () => {
    const rows = createScenario(config({ extraFeatures: 3 }), 3).reference(2100);
    expect(rows.size).toBe(2100);
    expect(rows.numeric).toHaveLength(5 + 3);
    expect(rows.language).toHaveLength(2100);
    const spamShare = mean(rows.spam);
    expect(spamShare).toBeGreaterThan(0.25);
    expect(spamShare).toBeLessThan(0.35);
    expect(Math.min(...rows.numeric[COLUMN.hour]!)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rows.numeric[COLUMN.hour]!)).toBeLessThan(24);
    expect(Math.min(...rows.numeric[COLUMN.reputation]!)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...rows.numeric[COLUMN.reputation]!)).toBeLessThanOrEqual(1);
    // Busiest around 13:00, quietest around 04:00, as in the mail world.
    const hours = rows.numeric[COLUMN.hour]!;
    const near = (h: number) => Array.from(hours).filter((x) => Math.abs(x - h) < 1).length;
    expect(near(13)).toBeGreaterThan(2.5 * near(4));
    // Spam is shorter and carries more spam words and links than ham.
    const byClass = (column: number, label: number) => mean(Array.from(rows.numeric[column]!).filter((_, i) => rows.spam[i] === label));
    expect(byClass(COLUMN.spamWords, 1)).toBeGreaterThan(2 * byClass(COLUMN.spamWords, 0));
    expect(byClass(COLUMN.links, 1)).toBeGreaterThan(2 * byClass(COLUMN.links, 0));
    expect(byClass(COLUMN.length, 1)).toBeLessThan(byClass(COLUMN.length, 0));
  });

  it('numbers days from a Monday and injects drift only from the start batch of a drifting scenario', () => {
    expect([1, 6, 7, 8].map(weekdayOf)).toEqual([0, 5, 6, 0]);
    const covariate = config({ scenario: 'covariate', driftStart: 4 });
    expect([1, 3, 4, 9].map((b) => driftActive(covariate, b))).toEqual([false, false, true, true]);
    expect(driftActive(config({ scenario: 'seasonality' }), 40)).toBe(false);
    expect(driftActive(config({ scenario: 'none' }), 40)).toBe(false);
    expect(driftActive({ ...covariate, driftStrength: 0 }, 9)).toBe(false);
    expect(batchConditions(covariate, 3).lengthFactor).toBe(1);
    expect(batchConditions(covariate, 4).lengthFactor).toBe(1.5);
  });
});

describe('each scenario changes what it says and nothing else', () => {
  it('covariate: from the start, lengths are scaled by 1 + strength; every other column is untouched', () => {
    const before = twins('covariate', 2);
    expect(before.drifted).toEqual(before.plain);
    const { plain, drifted } = twins('covariate', 3);
    const expected = plain.numeric[COLUMN.length]!.map((x) => Math.max(1, Math.round(x * 1.5)));
    expect(drifted.numeric[COLUMN.length]).toEqual(expected);
    for (const column of [COLUMN.links, COLUMN.reputation, COLUMN.spamWords, COLUMN.hour]) expect(drifted.numeric[column]).toEqual(plain.numeric[column]);
    expect(drifted.spam).toEqual(plain.spam);
  });

  it('prior shift: the spam share rises from 30 % to 30 % + 0.6 × strength', () => {
    const source = createScenario(config({ scenario: 'prior', driftStrength: 0.5 }), 5);
    const share = (from: number, to: number) => mean(Array.from({ length: to - from + 1 }, (_, i) => mean(source.batch(from + i, 1000).spam)));
    expect(share(1, 2)).toBeCloseTo(0.3, 1);
    expect(share(3, 5)).toBeCloseTo(0.6, 1);
  });

  it('concept drift: identical inputs, and a share of ham relabelled as spam', () => {
    const { plain, drifted } = twins('concept', 4, 2000, { driftStrength: 0.75 });
    expect(drifted.numeric).toEqual(plain.numeric);
    expect(drifted.language).toEqual(plain.language);
    let flipped = 0;
    let ham = 0;
    for (let i = 0; i < plain.size; i++) {
      if (plain.spam[i] === 1) expect(drifted.spam[i]).toBe(1);
      else {
        ham += 1;
        flipped += drifted.spam[i]!;
      }
    }
    // 0.4 × strength of ham becomes spam.
    expect(flipped / ham).toBeGreaterThan(0.26);
    expect(flipped / ham).toBeLessThan(0.34);
  });

  it('broken feature: a unit change multiplies reputation by 100 on a share of rows; nulls arrive as 0 and are counted', () => {
    const unit = twins('broken-feature', 3, 1000, { driftStrength: 0.4 });
    const before = unit.plain.numeric[COLUMN.reputation]!;
    const after = unit.drifted.numeric[COLUMN.reputation]!;
    let scaled = 0;
    after.forEach((x, i) => {
      if (x === before[i]) return;
      expect(x).toBeCloseTo(before[i]! * PERCENT, 9);
      scaled += 1;
    });
    expect(scaled / 1000).toBeGreaterThan(0.34);
    expect(scaled / 1000).toBeLessThan(0.46);
    const nulls = twins('broken-feature', 3, 1000, { driftStrength: 0.4, fault: 'nulls' }).drifted;
    const missing = mean(nulls.reputationMissing);
    expect(missing).toBeGreaterThan(0.34);
    expect(missing).toBeLessThan(0.46);
    nulls.reputationMissing.forEach((flag, i) => {
      if (flag) expect(nulls.numeric[COLUMN.reputation]![i]).toBe(0);
    });
  });

  it('butterfly: every column keeps exactly the same values, only hour is re-paired with length', () => {
    const { plain, drifted } = twins('butterfly', 5, 1000, { driftStrength: 1 });
    for (let c = 0; c < plain.numeric.length; c++) expect(sorted(drifted.numeric[c]!)).toEqual(sorted(plain.numeric[c]!));
    expect(drifted.numeric[COLUMN.length]).toEqual(plain.numeric[COLUMN.length]);
    expect(drifted.language).toEqual(plain.language);
    expect(drifted.spam).toEqual(plain.spam);
    expect(Math.abs(spearman(plain.numeric[COLUMN.hour]!, plain.numeric[COLUMN.length]!))).toBeLessThan(0.1);
    expect(spearman(drifted.numeric[COLUMN.hour]!, drifted.numeric[COLUMN.length]!)).toBeGreaterThan(0.85);
  });

  it('rank pairing leaves the multiset alone, and ρ = 0 leaves no correlation', () => {
    const rng = createRng(9);
    const keys = Float64Array.from({ length: 2000 }, () => rng.normal());
    const values = Float64Array.from({ length: 2000 }, () => rng.uniform(0, 24));
    const before = sorted(values);
    pairByRank(values, keys, 0, createRng(10));
    expect(sorted(values)).toEqual(before);
    expect(Math.abs(spearman(values, keys))).toBeLessThan(0.06);
    pairByRank(values, keys, 0.6, createRng(11));
    expect(spearman(values, keys)).toBeGreaterThan(0.5);
    expect(spearman(values, keys)).toBeLessThan(0.7);
    expect(() => pairByRank(values, keys, 1, createRng(1))).toThrow(/\[0, 1\)/);
  });

  it('seasonality: weekends bring more spam and later mail, and the reference covers whole weeks', () => {
    const source = createScenario(config({ scenario: 'seasonality', driftStrength: 1 }), 2);
    const weekday = [1, 2, 3].map((b) => source.batch(b, 1500));
    const weekend = [6, 7].map((b) => source.batch(b, 1500));
    const spam = (batches: Rows[]) => mean(batches.map((rows) => mean(rows.spam)));
    const hour = (batches: Rows[]) => mean(batches.map((rows) => mean(rows.numeric[COLUMN.hour]!)));
    expect(spam(weekday)).toBeCloseTo(0.3, 1);
    expect(spam(weekend)).toBeCloseTo(0.6, 1);
    expect(hour(weekend) - hour(weekday)).toBeGreaterThan(0.4);
    // The cycle is there from the first batch, not from the drift start, and never counts as drift.
    expect(batchConditions(source.config, 6).spamShare).toBeCloseTo(0.6, 9);
    const reference = source.reference(7000);
    expect(mean(reference.spam)).toBeCloseTo((5 * 0.3 + 2 * 0.6) / 7, 1);
  });
});
