// The drift lecture's claims, checked on the engine's own snapshots (spec sheet §2, "Claims the tests must check").
import { describe, expect, it } from 'vitest';
import type { DriftParams } from '../../../../simulations/drift/params';
import type { DriftPresetId } from '../../../../simulations/drift/presets';
import { isWeekend } from '../../../../simulations/drift/scenario-conditions';
import { average, beforeAndAfter, finalHistory, flaggedShare, paramsFor, revealed, runEngine } from './engine-runs';

/** Runs a preset shortened to `batches`, with the drift starting at `driftStart`. */
async function runPreset(id: DriftPresetId, overrides: Partial<DriftParams>) {
  const p = paramsFor(id, overrides);
  return { p, ...(await runEngine(p)) };
}

describe('drift claims', { timeout: 60_000 }, () => {
  it('covariate drift is caught by the per-column checks on the drifted column from the first drifted batch', async () => {
    const { p, snapshots } = await runPreset('covariate-drift', { driftStart: 5, batches: 9 });
    const { before, after } = beforeAndAfter(finalHistory(snapshots));
    expect(after.map((point) => point.batch)).toEqual([5, 6, 7, 8, 9]);
    for (const point of after) {
      const length = point.columns[0]!;
      expect(length.column).toBe('length');
      expect(length.test).toBe('wasserstein');
      expect(length.drifted).toBe(true);
      expect(length.distance).toBeGreaterThan(0.3);
      expect(length.pValue).toBeLessThan(1e-6);
      expect(length.psi).toBeGreaterThan(p.psiWatch);
    }
    expect(before.filter((point) => point.columns[0]!.drifted).length).toBeLessThanOrEqual(1);
    // Drift is not harm: longer messages barely move this model's accuracy.
    expect(Math.abs(average(revealed(after)) - average(revealed(before)))).toBeLessThan(0.03);
  });

  it('the covariate preset pages on PSI: nothing before the change, an alert within two batches of it', async () => {
    for (const seed of [1, 2, 3]) {
      const { snapshots } = await runPreset('covariate-drift', { batches: 24, seed });
      const { costs } = snapshots.at(-1)!;
      expect(costs.falseAlarms).toBe(0);
      expect(costs.detectedAt).not.toBeNull();
      expect(costs.detectedAt!).toBeLessThanOrEqual(22);
    }
  });

  it('concept drift is invisible to input checks and to the confidence-based estimate, and shows in labelled accuracy only after the delay', async () => {
    const { p, snapshots } = await runPreset('concept-drift', { driftStart: 5, batches: 11 });
    const history = finalHistory(snapshots);
    const { before, after } = beforeAndAfter(history);
    // Inputs: no more flagged columns than before, no dataset drift, and a domain classifier at chance.
    expect(flaggedShare(after)).toBeLessThan(0.2);
    expect(after.some((point) => point.datasetDrift)).toBe(false);
    for (const point of after) expect(point.auc!).toBeLessThan(0.6);
    // The estimate does not move; the truth drops by far more.
    const estimateShift = average(after.map((point) => point.estimatedAccuracy)) - average(before.map((point) => point.estimatedAccuracy));
    expect(Math.abs(estimateShift)).toBeLessThan(0.015);
    const trueDrop = average(revealed(before)) - average(revealed(after));
    expect(trueDrop).toBeGreaterThan(0.12);
    for (const point of after.filter((q) => q.trueAccuracy !== null)) expect(point.estimatedAccuracy - point.trueAccuracy!).toBeGreaterThan(0.1);
    // Batch 5's truth is unknown at steps 5–7 and known from step 8 (D = 3) …
    expect(p.labelDelay).toBe(3);
    for (const step of [5, 6, 7]) expect(snapshots[step]!.history[4]!.trueAccuracy).toBeNull();
    expect(snapshots[8]!.history[4]!.trueAccuracy).toBeLessThan(0.85);
    // … which is when the error-stream detector (DDM here) can first raise the alarm.
    const detectedAt = snapshots.at(-1)!.costs.detectedAt!;
    expect(detectedAt).toBeGreaterThanOrEqual(p.driftStart + p.labelDelay);
    expect(detectedAt).toBeLessThanOrEqual(p.driftStart + p.labelDelay + 2);
    expect(history.slice(0, p.driftStart + p.labelDelay - 1).some((point) => point.alert)).toBe(false);
    // Side by side: no input or confidence-based detector alarmed on the drifted batches.
    const records = snapshots.at(-1)!.detectorRecords;
    for (const source of ['dataset-drift', 'psi', 'domain-classifier', 'estimated-accuracy'] as const) expect(records[source].firstDriftAlarm).toBeNull();
  });

  it('the domain classifier flags the correlation-only (butterfly) drift that the per-column tests miss', async () => {
    const { snapshots } = await runPreset('butterfly', { driftStart: 5, batches: 10 });
    const { before, after } = beforeAndAfter(finalHistory(snapshots));
    for (const point of before) expect(point.auc!).toBeLessThan(0.6);
    for (const point of after) expect(point.auc!).toBeGreaterThan(0.7);
    for (const point of after) for (const column of point.columns) expect(column.test === 'ks' || column.test === 'chisquare').toBe(true);
    // Per-column tests stay at their no-drift false-alarm level and never call dataset drift.
    expect(flaggedShare(after)).toBeLessThan(0.15);
    expect(after.some((point) => point.datasetDrift)).toBe(false);
    const end = snapshots.at(-1)!;
    expect(end.costs.detectedAt).toBe(5);
    expect(end.costs.falseAlarms).toBe(0);
    // Side by side: only the domain classifier saw it.
    expect(end.detectorRecords['domain-classifier'].firstDriftAlarm).toBe(5);
    for (const source of ['dataset-drift', 'psi', 'estimated-accuracy'] as const) expect(end.detectorRecords[source].firstDriftAlarm).toBeNull();
  });

  it('prior shift moves every column that tells spam from ham, and the confidence-based estimate follows the true accuracy', async () => {
    const { snapshots } = await runPreset('prior-shift', { driftStart: 4, batches: 10 });
    const { after } = beforeAndAfter(finalHistory(snapshots));
    for (const point of after) expect(point.columns.slice(0, 4).every((column) => column.drifted)).toBe(true);
    const labelled = after.filter((point) => point.trueAccuracy !== null);
    expect(labelled.length).toBeGreaterThanOrEqual(3);
    expect(average(labelled.map((point) => Math.abs(point.estimatedAccuracy - point.trueAccuracy!)))).toBeLessThan(0.02);
  });

  it('a broken upstream feature sends PSI past the act level while the model grows more confident and less accurate', async () => {
    const { p, snapshots } = await runPreset('broken-feature', { driftStart: 4, batches: 9 });
    const { before, after } = beforeAndAfter(finalHistory(snapshots));
    for (const point of after) expect(point.columns[2]!.psi).toBeGreaterThan(2 * p.psiAct);
    for (const point of before) expect(point.columns[2]!.psiLevel).toBe('stable');
    const mean = (points: typeof after, pick: (point: (typeof after)[number]) => number) => average(points.map(pick));
    expect(mean(after, (point) => point.estimatedAccuracy)).toBeGreaterThan(mean(before, (point) => point.estimatedAccuracy) + 0.01);
    expect(average(revealed(after))).toBeLessThan(average(revealed(before)) - 0.05);
    expect(snapshots.at(-1)!.costs.detectedAt).toBe(4);
  });

  it('seasonality raises alarms every weekend without any loss of accuracy: a pattern, not drift', async () => {
    const { snapshots } = await runPreset('seasonality', { batches: 14 });
    const end = snapshots.at(-1)!;
    const history = end.history;
    const weekends = history.filter((point) => isWeekend(point.weekday));
    const weekdays = history.filter((point) => !isWeekend(point.weekday));
    expect(weekends.map((point) => point.batch)).toEqual([6, 7, 13, 14]);
    expect(weekends.every((point) => point.alert)).toBe(true);
    expect(average(weekends.map((point) => point.driftedColumns))).toBeGreaterThan(2 * average(weekdays.map((point) => point.driftedColumns)));
    for (const accuracy of revealed(history)) expect(Math.abs(accuracy - end.reference.accuracy)).toBeLessThan(0.03);
    expect(end.driftStart).toBeNull();
    expect(end.costs.falseAlarms).toBe(end.costs.alerts);
  });

  it('with no drift every alert is a false alarm, and the per-test rate stays near α', async () => {
    const { snapshots } = await runPreset('no-drift', { batches: 20 });
    const end = snapshots.at(-1)!;
    expect(end.costs.alerts).toBe(end.history.filter((point) => point.driftedColumns > 0).length);
    expect(end.costs.falseAlarms).toBe(end.costs.alerts);
    expect(end.costs.detectedAt).toBeNull();
    expect(end.costs.missedDriftErrors).toBe(0);
    const rate = flaggedShare(end.history);
    expect(rate).toBeGreaterThan(0.01);
    expect(rate).toBeLessThan(0.09);
  });

  it('with 20 columns Bonferroni cuts the false alarms of the many-features preset', async () => {
    const plain = (await runPreset('many-features', { batches: 16 })).snapshots.at(-1)!;
    const corrected = (await runPreset('many-features', { batches: 16, bonferroni: true })).snapshots.at(-1)!;
    expect(plain.features).toHaveLength(20);
    expect(plain.costs.falseAlarms).toBeGreaterThanOrEqual(6);
    expect(corrected.costs.falseAlarms).toBeLessThanOrEqual(plain.costs.falseAlarms / 4);
  });

  it('retraining on an input alert before the drifted labels arrive trains on stale data, so the alert repeats until they do', async () => {
    const { p, snapshots } = await runPreset('covariate-drift', { driftStart: 4, batches: 14, alertOn: 'psi', policy: 'retrain' });
    const history = finalHistory(snapshots);
    const retrainedAt = history.filter((point) => point.retrained).map((point) => point.batch);
    // Retrains at 4, 5, … until the newest labelled reference-sized window is all drifted: 4 batches of labels, D = 3 late.
    const settled = p.driftStart + p.labelDelay + p.referenceSize / p.batchSize - 1;
    expect(retrainedAt.slice(0, 3)).toEqual([4, 5, 6]);
    expect(retrainedAt.at(-1)).toBeLessThanOrEqual(settled);
    expect(history.filter((point) => point.batch > settled + 1).every((point) => !point.alert)).toBe(true);
    const costs = snapshots.at(-1)!.costs;
    expect(costs.retrains).toBe(retrainedAt.length);
    expect(costs.detectedAt).toBe(4);
    expect(costs.missedDriftErrors).toBe(Math.round((1 - history[3]!.trueAccuracy!) * p.batchSize));
  });
});
