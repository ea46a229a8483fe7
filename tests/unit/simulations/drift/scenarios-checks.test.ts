// The lecture's claims about per-column checks on the scenarios' data: false alarms at α, many columns, Bonferroni, large n.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPreset } from '../../../../simulations/core/presets';
import { checkBatch, type BatchCheck } from '../../../../simulations/drift/feature-checks';
import { featureList } from '../../../../simulations/drift/features';
import { params, type DriftParams } from '../../../../simulations/drift/params';
import { presets, type DriftPresetId } from '../../../../simulations/drift/presets';
import { createScenario } from '../../../../simulations/drift/scenarios';
import { familyWiseFalseAlarmRate } from '../../../../simulations/drift/stats/bonferroni';

const preset = (id: DriftPresetId, overrides: Partial<DriftParams> = {}): DriftParams => ({ ...applyPreset(params, presets[id]), ...overrides });

/** The checks of batches 1…batches for one seed, exactly as the engine runs them (without the models). */
function checks(p: DriftParams, seed: number, batches: number): BatchCheck[] {
  const source = createScenario(p, seed);
  const reference = source.reference(p.referenceSize);
  const features = featureList(p.extraFeatures);
  return Array.from({ length: batches }, (_, i) => checkBatch(features, reference, source.batch(i + 1, p.batchSize), p));
}

const SEEDS = [1, 2, 3, 4, 5, 6];

describe('no drift: each test raises false alarms at about its α', () => {
  let runs: BatchCheck[][] = [];
  let pValues: number[] = [];
  beforeAll(() => {
    runs = SEEDS.map((seed) => checks(preset('no-drift'), seed, 30));
    pValues = runs.flat().flatMap((batch) => batch.columns.map((column) => column.pValue));
  });

  it('uses KS and chi-square tests, flagging exactly the p-values at or below α', () => {
    for (const column of runs[0]![0]!.columns) expect(['ks', 'chisquare']).toContain(column.test);
    for (const column of runs.flat().flatMap((batch) => batch.columns)) expect(column.drifted).toBe(column.pValue <= 0.05);
  });

  it.each([0.05, 0.2])('the share of tests flagging at α = %s is near α (6 seeds × 30 batches × 6 columns)', (alpha) => {
    expect(pValues).toHaveLength(6 * 30 * 6);
    const rate = pValues.filter((p) => p <= alpha).length / pValues.length;
    // Ties in the count columns (links, spam-word share) make KS a little cautious, so the rate sits at or just under α.
    expect(rate).toBeGreaterThan(0.5 * alpha);
    expect(rate).toBeLessThan(1.4 * alpha);
  });

  it('no column is flagged on more than a third of the batches: the alarms are scattered noise, not a signal', () => {
    // With one fixed reference window a column can run above α (its reference happened to be unusual), but not for long.
    for (const run of runs) {
      for (let c = 0; c < 6; c++) expect(run.filter((batch) => batch.columns[c]!.drifted).length).toBeLessThan(run.length / 3);
    }
  });
});

describe('many columns: false alarms add up, and Bonferroni cuts them back', () => {
  // One pass with the correction on; the uncorrected verdict of each test is its p-value against α itself.
  let runs: BatchCheck[] = [];
  beforeAll(() => {
    runs = SEEDS.slice(0, 4).flatMap((seed) => checks(preset('many-features', { bonferroni: true }), seed, 25));
  });
  const shareFlagging = (flagged: (batch: BatchCheck) => boolean) => runs.filter(flagged).length / runs.length;

  it('watches 20 columns and tests each at α / 20 with the correction', () => {
    expect(runs[0]!.columns).toHaveLength(20);
    expect(familyWiseFalseAlarmRate(0.05, 20)).toBeCloseTo(0.64, 2);
    expect(runs[0]!.perTestAlpha).toBeCloseTo(0.05 / 20, 12);
    for (const column of runs.flatMap((batch) => batch.columns)) expect(column.drifted).toBe(column.pValue <= 0.05 / 20);
  });

  it('without the correction most no-drift batches flag some column; with it about one in twenty does', () => {
    const without = shareFlagging((batch) => batch.columns.some((column) => column.pValue <= 0.05));
    const withBonferroni = shareFlagging((batch) => batch.driftedColumns > 0);
    // 1 − 0.95²⁰ ≈ 0.64 for 20 exact tests; the count columns' cautious KS pulls it a little lower.
    expect(without).toBeGreaterThan(0.5);
    expect(without).toBeLessThan(0.75);
    expect(withBonferroni).toBeLessThan(0.12);
    expect(withBonferroni).toBeLessThan(without / 4);
  });
});

describe('large n: a test flags a negligible shift that the distances ignore', () => {
  it('with 20,000-row batches KS flags a 5 % length change every time while every distance stays under 0.1', () => {
    const p = preset('large-batches');
    const run = checks(p, 42, p.driftStart + 2).slice(p.driftStart - 1);
    for (const batch of run) {
      const [length] = batch.columns;
      expect(length!.test).toBe('ks');
      expect(length!.pValue).toBeLessThan(0.01);
      expect(length!.drifted).toBe(true);
      for (const column of batch.columns) expect(column.distance).toBeLessThan(0.1);
      expect(length!.psi).toBeLessThan(0.1);
    }
  });

  it('the same 5 % change in 500-row batches is mostly not significant', () => {
    const p = preset('large-batches', { batchSize: 500, referenceSize: 2000, batches: 15 });
    const run = checks(p, 42, 15).slice(p.driftStart - 1);
    const flagged = run.filter((batch) => batch.columns[0]!.pValue <= 0.05).length;
    expect(flagged / run.length).toBeLessThan(0.35);
  });
});
