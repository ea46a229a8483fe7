// The drift engine's mechanics: determinism, late labels, alert bookkeeping, retraining, plain snapshots and no tensor leaks.
import { describe, expect, it } from 'vitest';
import { createInlineClient } from '../../../../simulations/core/engine-client';
import { loadTf } from '../../../../simulations/core/tf';
import { driftEngine } from '../../../../simulations/drift/engine';
import { params } from '../../../../simulations/drift/params';
import { presets } from '../../../../simulations/drift/presets';
import { paramsFor, runEngine } from './engine-runs';

const small = { batchSize: 200, referenceSize: 600 } as const;

describe('drift engine', { timeout: 60_000 }, () => {
  it('has a valid param table and presets that only set known params', () => {
    expect(params.defaults).toMatchObject({ batchSize: 500, referenceSize: 2000, labelDelay: 3, alpha: 0.05, bonferroni: false, psiWatch: 0.1, psiAct: 0.25 });
    expect(params.specs.batchSize.max).toBe(20_000);
    expect(Object.keys(presets)).toEqual(['no-drift', 'covariate-drift', 'prior-shift', 'concept-drift', 'seasonality', 'broken-feature', 'butterfly', 'large-batches', 'many-features']);
    for (const preset of Object.values(presets)) expect(params.schema.safeParse(paramsFor(preset.id as keyof typeof presets)).success).toBe(true);
  });

  it('is deterministic: the same seed and params give identical snapshots at every step; another seed differs', async () => {
    const p = paramsFor(null, { ...small, scenario: 'covariate', driftStrength: 1, driftStart: 4, batches: 6, alertOn: 'any-feature', policy: 'retrain' });
    // One after another: the tensor count in each snapshot is global, so parallel runs would see each other’s.
    const a = await runEngine(p);
    const b = await runEngine(p);
    const c = await runEngine({ ...p, batches: 2 }, 7);
    expect(a.snapshots).toEqual(b.snapshots);
    expect(a.snapshots.at(-1)!.costs.retrains).toBeGreaterThan(0);
    expect(c.snapshots.at(-1)!.history.map((point) => point.estimatedAccuracy)).not.toEqual(a.snapshots.at(-1)!.history.map((point) => point.estimatedAccuracy));
  });

  it('keeps a batch’s true accuracy null until its labels arrive D batches later, then feeds them to the detectors', async () => {
    const p = paramsFor(null, { ...small, scenario: 'none', labelDelay: 3, batches: 8 });
    const { snapshots } = await runEngine(p);
    snapshots.slice(1).forEach((snapshot, i) => {
      const step = i + 1;
      for (const point of snapshot.history) expect(point.trueAccuracy === null).toBe(point.batch > step - 3);
      const latest = snapshot.history.at(-1)!;
      expect(latest.labelsFor).toBe(step > 3 ? step - 3 : null);
      expect(latest.detectors.adwin === null).toBe(step <= 3);
      expect(latest.detectors.ddm === null).toBe(step <= 3);
    });
    // With no delay every batch is labelled at once.
    const now = await runEngine({ ...p, labelDelay: 0, batches: 2 });
    expect(now.snapshots[1]!.history[0]!.trueAccuracy).not.toBeNull();
    expect(now.snapshots[1]!.history[0]!.labelsFor).toBe(1);
  });

  it('books false alarms, detection and the errors made while drift went unnoticed', async () => {
    const p = paramsFor(null, { ...small, scenario: 'covariate', driftStrength: 1, driftStart: 4, labelDelay: 0, batches: 8, alertOn: 'any-feature' });
    const alerting = await runEngine(p);
    const end = alerting.snapshots.at(-1)!;
    const history = end.history;
    const errors = (batch: number) => Math.round((1 - history[batch - 1]!.trueAccuracy!) * history[batch - 1]!.rows);
    expect(end.driftStart).toBe(4);
    expect(history.map((point) => point.driftActive)).toEqual([false, false, false, true, true, true, true, true]);
    expect(end.costs.alerts).toBe(history.filter((point) => point.alert).length);
    expect(end.costs.falseAlarms).toBe(history.filter((point) => point.alert && !point.driftActive).length);
    expect(history.every((point) => point.falseAlarm === (point.alert && !point.driftActive))).toBe(true);
    // Lengths doubled: caught on the first drifted batch, whose errors are the only ones missed.
    expect(end.costs.detectedAt).toBe(4);
    expect(end.costs.missedDriftErrors).toBe(errors(4));

    const ignoring = (await runEngine({ ...p, policy: 'ignore' })).snapshots.at(-1)!;
    expect(ignoring.costs.detectedAt).toBeNull();
    expect(ignoring.costs.alerts).toBe(end.costs.alerts);
    expect(ignoring.costs.missedDriftErrors).toBe([4, 5, 6, 7, 8].reduce((sum, batch) => sum + errors(batch), 0));
    expect(ignoring.costs.retrains).toBe(0);
  });

  it('retrains on the newest labelled rows, which become the reference, and counts thrash', async () => {
    const p = paramsFor(null, { ...small, scenario: 'none', batches: 6, alertOn: 'any-feature', alpha: 0.2, policy: 'retrain', labelDelay: 1 });
    const { snapshots } = await runEngine(p);
    const end = snapshots.at(-1)!;
    const retrainedAt = end.history.filter((point) => point.retrained).map((point) => point.batch);
    expect(retrainedAt.length).toBeGreaterThan(0);
    expect(end.history.filter((point) => point.retrained).every((point) => point.alert)).toBe(true);
    expect(end.costs.retrains).toBe(retrainedAt.length);
    // Nothing drifts here, so every retrain was thrash.
    expect(end.costs.thrashRetrains).toBe(retrainedAt.length);
    expect(end.costs.retrainRows).toBe(retrainedAt.length * p.referenceSize);
    expect(end.reference.since).toBe(retrainedAt.at(-1));
    expect(end.reference.rows).toBe(p.referenceSize);
    expect(snapshots[0]!.reference.since).toBe(0);
  });

  it('hands out plain, structured-cloneable snapshots with histograms of every column', async () => {
    const p = paramsFor(null, { ...small, extraFeatures: 2, batches: 2 });
    const { snapshots } = await runEngine(p);
    expect(snapshots[0]!.histograms).toEqual([]);
    const end = snapshots.at(-1)!;
    expect(structuredClone(end)).toEqual(end);
    expect(end.features.map((feature) => feature.name)).toEqual(['length', 'links', 'reputation', 'spam_words', 'hour', 'extra_01', 'extra_02', 'language']);
    expect(end.histograms.map((histogram) => histogram.column)).toEqual(end.features.map((feature) => feature.name));
    for (const histogram of end.histograms) {
      expect(histogram.reference.reduce((a, b) => a + b, 0)).toBe(600);
      expect(histogram.current.reduce((a, b) => a + b, 0)).toBe(200);
    }
    const point = end.history[1]!;
    expect(point.columns).toHaveLength(8);
    expect(point.alert).toBe(point.alarms[p.alertOn]);
    expect(Object.keys(end.detectorRecords)).toEqual(Object.keys(point.alarms));
    for (const [source, record] of Object.entries(end.detectorRecords)) {
      expect(record.alarms).toBe(end.history.filter((q) => q.alarms[source as keyof typeof q.alarms]).length);
    }
    expect(point.auc).toBeGreaterThan(0);
    expect(point.estimatedAccuracy).toBeGreaterThan(0.8);
  });

  it('stops at the run length', async () => {
    const p = paramsFor(null, { ...small, batches: 3 });
    const client = createInlineClient(driftEngine);
    await client.init(p, p.seed);
    const result = await client.step(10, p);
    expect(result.steps).toBe(3);
    expect(result.finished).toBe(true);
    expect(result.snapshot.history).toHaveLength(3);
    await client.dispose();
  });

  it('leaks no tensors: the count stays flat over 200 batches with retraining, and dispose returns to the start', async () => {
    const tf = await loadTf();
    const before = tf.memory().numTensors;
    // Prior shift at batch 50 trips the dataset-drift alert, and retraining on stale labels repeats it a few times.
    const p = paramsFor(null, { batchSize: 100, referenceSize: 200, scenario: 'prior', driftStrength: 1, driftStart: 50, batches: 200, alertOn: 'dataset-drift', policy: 'retrain' });
    const state = await driftEngine.init(p, p.seed);
    const counts: number[] = [];
    while (!driftEngine.finished(state, p)) {
      driftEngine.step(state, p);
      counts.push(driftEngine.snapshot(state, p).tensors);
    }
    expect(counts).toHaveLength(200);
    expect(new Set(counts).size).toBe(1);
    expect(driftEngine.snapshot(state, p).costs.retrains).toBeGreaterThanOrEqual(3);
    driftEngine.dispose!(state);
    expect(tf.memory().numTensors).toBe(before);
  });
});
