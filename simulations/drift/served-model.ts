// The spam filter being monitored: the core TF.js logistic regression, trained on a window of labelled rows.
import { createSpamModel } from '../core/spam-model';
import { fitScaler } from '../core/spam-model/scaler';
import type { Rng } from '../core/rng';
import { randomSeedFrom } from '../core/rng';
import type { Tf } from '../core/tf';
import { MODEL_INPUTS, modelInputs } from './encode';
import type { Rows } from './features';

// Adam for 10 epochs gets close to the maximum-likelihood fit, which is what keeps the scores
// calibrated (measured: mean confidence within half a point of held-out accuracy); plain SGD
// stopped earlier leaves the model underconfident and the confidence-based estimate too low.
const EPOCHS = 10;
const BATCH_SIZE = 128;
const LEARNING_RATE = 0.05;

export interface ServedModel {
  /** P(spam) per row. */
  predict(rows: Rows): Float64Array;
  /** Rows it was trained on. */
  readonly trainedRows: number;
  /** Frees the model's tensors. Safe to call twice. */
  dispose(): void;
}

/**
 * Trains a fresh model on `rows` (standardised with a scaler fitted on them and shipped with the
 * model) for a few epochs of mini-batch Adam. Weights and batch orders come from `rng`.
 */
export function trainServedModel(tf: Tf, rows: Rows, rng: Rng): ServedModel {
  const raw = modelInputs(rows);
  const scale = fitScaler(raw, MODEL_INPUTS);
  const x = scale(raw);
  const y = Array.from(rows.spam);
  const model = createSpamModel(tf, { kind: 'logistic', inputDim: MODEL_INPUTS, learningRate: LEARNING_RATE, optimizer: 'adam', seed: randomSeedFrom(rng) });
  try {
    for (let epoch = 0; epoch < EPOCHS; epoch++) model.trainEpoch(x, y, { batchSize: BATCH_SIZE, seed: randomSeedFrom(rng) });
  } catch (error) {
    model.dispose();
    throw error;
  }
  return {
    predict: (batch) => Float64Array.from(model.predict(scale(modelInputs(batch)))),
    trainedRows: rows.size,
    dispose: () => model.dispose(),
  };
}
