// The multiple-testing numbers from the lecture: 20 features at α = 0.05, with and without Bonferroni.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../simulations/core/rng';
import { bonferroniAlpha, bonferroniFamilyWiseRate, familyWiseFalseAlarmRate } from '../../../../simulations/drift/stats/bonferroni';

describe('family-wise false alarms (references: Python 3 float arithmetic)', () => {
  it('20 independent features at α = 0.05 give at least one false alarm about 64 % of the time', () => {
    // 1 - 0.95**20 → 0.6415140775914581
    expect(familyWiseFalseAlarmRate(0.05, 20)).toBeCloseTo(0.6415140775914581, 15);
    // 1 - 0.99**10 → 0.09561792499119559
    expect(familyWiseFalseAlarmRate(0.01, 10)).toBeCloseTo(0.09561792499119559, 15);
    expect(familyWiseFalseAlarmRate(0.05, 1)).toBeCloseTo(0.05, 15);
  });

  it('Bonferroni tests each feature at α / k and brings the family-wise rate back under α', () => {
    // 0.05 / 20 → 0.0025;  1 - (1 - 0.05/20)**20 → 0.04883012474683324
    expect(bonferroniAlpha(0.05, 20)).toBe(0.0025);
    expect(bonferroniFamilyWiseRate(0.05, 20)).toBeCloseTo(0.04883012474683324, 14);
    for (const k of [1, 2, 5, 20, 100]) expect(bonferroniFamilyWiseRate(0.05, k)).toBeLessThanOrEqual(0.05 + 1e-15);
  });

  it('matches a seeded simulation of 2,000 no-drift batches of 20 uniform p-values', () => {
    const rng = createRng(99);
    let anyAlarm = 0;
    let anyAlarmCorrected = 0;
    for (let batch = 0; batch < 2000; batch++) {
      const pValues = Array.from({ length: 20 }, () => rng.next());
      if (pValues.some((p) => p <= 0.05)) anyAlarm += 1;
      if (pValues.some((p) => p <= bonferroniAlpha(0.05, 20))) anyAlarmCorrected += 1;
    }
    // Binomial sd at n = 2,000 is about 0.011 (and 0.005 for the corrected rate); allow ~3 sd.
    expect(Math.abs(anyAlarm / 2000 - familyWiseFalseAlarmRate(0.05, 20))).toBeLessThan(0.035);
    expect(Math.abs(anyAlarmCorrected / 2000 - bonferroniFamilyWiseRate(0.05, 20))).toBeLessThan(0.015);
  });

  it('rejects an α outside [0, 1] and a test count that is not a whole number ≥ 1', () => {
    expect(() => bonferroniAlpha(1.5, 20)).toThrow(/α must be in \[0, 1\]/);
    expect(() => familyWiseFalseAlarmRate(Number.NaN, 20)).toThrow(RangeError);
    expect(() => bonferroniAlpha(0.05, 0)).toThrow(/whole number ≥ 1/);
    expect(() => familyWiseFalseAlarmRate(0.05, 2.5)).toThrow(/whole number ≥ 1/);
  });
});
