// The classifier engine: deterministic, learns, keeps tensors flat, and each preset shows its lesson.
import { describe, expect, it } from 'vitest';
import { createInlineClient } from '../../../simulations/core/engine-client';
import { applyPreset } from '../../../simulations/core/presets';
import { confusionAt, precision, recall } from '../../../simulations/core/spam-model';
import { classifierEngine, type ClassifierSnapshot } from '../../../simulations/classifier/engine';
import { params, presets, type ClassifierParams } from '../../../simulations/classifier/params';

const small: Partial<ClassifierParams> = { trainSize: 1200, epochs: 8 };

async function run(values: ClassifierParams, steps = values.epochs): Promise<ClassifierSnapshot[]> {
  const client = createInlineClient(classifierEngine);
  const snapshots = [(await client.init(values, values.seed)).snapshot];
  for (let i = 0; i < steps; i += 1) snapshots.push((await client.step(1, values)).snapshot);
  await client.dispose();
  return snapshots;
}
const preset = (id: keyof typeof presets) => applyPreset(params, presets[id], { ...params.defaults, ...small });
const last = (snapshots: ClassifierSnapshot[]) => snapshots.at(-1)!;
const at = (s: ClassifierSnapshot, threshold: number) => confusionAt(s.valScores, s.valLabels, threshold);

describe('classifier engine', { timeout: 120_000 }, () => {
  it('is deterministic: same seed and params give an identical trace; another seed differs', async () => {
    const values = { ...params.defaults, ...small, epochs: 4 };
    const [a, b, c] = await Promise.all([run(values), run(values), run({ ...values, seed: 7 })]);
    expect(last(a).history).toEqual(last(b).history);
    expect(last(a).valScores).toEqual(last(b).valScores);
    expect(last(c).history).not.toEqual(last(a).history);
  });

  it('learns: held-out accuracy ends well above the base rate, and tensors stay flat', async () => {
    const snapshots = await run(preset('baseline'));
    const end = last(snapshots);
    expect(end.epoch).toBe(8);
    expect(end.history.at(-1)!.valAccuracy).toBeGreaterThan(0.86);
    expect(end.history.at(-1)!.loss).toBeLessThan(end.history[0]!.loss);
    const tensors = snapshots.slice(1).map((s) => s.tensors);
    expect(new Set(tensors).size).toBe(1);
  });

  it('stops at the epoch budget', async () => {
    const values = { ...params.defaults, ...small, epochs: 2 };
    const client = createInlineClient(classifierEngine);
    await client.init(values, values.seed);
    const result = await client.step(5, values);
    expect(result.steps).toBe(2);
    expect(result.finished).toBe(true);
    await client.dispose();
  });

  it('imbalanced data: accuracy looks fine while recall at 0.5 is poor; a lower threshold recovers recall', async () => {
    const end = last(await run(preset('imbalanced-data')));
    expect(end.history.at(-1)!.valAccuracy).toBeGreaterThan(0.96);
    expect(recall(at(end, 0.5))).toBeLessThan(0.5);
    expect(recall(at(end, 0.1))).toBeGreaterThan(recall(at(end, 0.5)));
  });

  it('noisy labels: held-out accuracy is lower than with clean labels', async () => {
    const [clean, noisy] = await Promise.all([run(preset('baseline')), run(preset('noisy-labels'))]);
    expect(last(noisy).flippedLabels).toBeGreaterThan(300);
    expect(last(noisy).history.at(-1)!.valAccuracy).toBeLessThan(last(clean).history.at(-1)!.valAccuracy);
    expect(last(noisy).history.at(-1)!.loss).toBeGreaterThan(last(clean).history.at(-1)!.loss);
  });

  it('too high a learning rate: the loss does not settle the way the baseline does', async () => {
    const [good, wild] = await Promise.all([run(preset('baseline')), run(preset('too-high-learning-rate'))]);
    const finalLoss = (s: ClassifierSnapshot[]) => last(s).history.at(-1)!.valLoss;
    const wildLoss = finalLoss(wild);
    expect(Number.isNaN(wildLoss) || wildLoss > 3 * finalLoss(good)).toBe(true);
  });

  it('priced errors: at 0.95 the filter loses far fewer legitimate messages than at 0.5', async () => {
    const end = last(await run(preset('priced-errors')));
    expect(at(end, 0.95).fp).toBeLessThan(at(end, 0.5).fp);
    expect(precision(at(end, 0.95))).toBeGreaterThan(precision(at(end, 0.5)));
  });
});
