// Train a fresh spam model for a number of epochs and keep the per-epoch history a chart draws.
import type { Tf } from '../tf';
import type { SpamModelConfig } from './config';
import type { SpamLabels, SpamRows } from './data';
import { createSpamModel, type SpamModel } from './model';

export interface SpamDataset {
  x: SpamRows;
  y: SpamLabels;
}

export interface SpamTrainingData {
  train: SpamDataset;
  /** Held-out rows, evaluated after every epoch at threshold 0.5. */
  validation?: SpamDataset;
}

export interface EpochRecord {
  /** 1-based. */
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss?: number;
  valAccuracy?: number;
}

export interface TrainModelOptions {
  epochs: number;
  batchSize: number;
  /** Called after each epoch (e.g. to post progress from a worker). Return false to stop early. */
  onEpoch?: (record: EpochRecord) => boolean | void;
}

/**
 * Create a model from `config` and train it. Batch orders come from the model's own seeded stream,
 * so the whole history is a function of the seed. The caller owns the returned model and must
 * dispose it (or read `getWeights()` and then dispose it).
 */
export function trainModel(
  tf: Tf,
  config: SpamModelConfig,
  data: SpamTrainingData,
  options: TrainModelOptions,
): { model: SpamModel; history: EpochRecord[] } {
  if (!Number.isInteger(options.epochs) || options.epochs < 0) {
    throw new Error(`epochs must be a whole number ≥ 0, got ${options.epochs}.`);
  }
  const model = createSpamModel(tf, config);
  const history: EpochRecord[] = [];
  try {
    for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
      const { loss, accuracy } = model.trainEpoch(data.train.x, data.train.y, { batchSize: options.batchSize });
      const record: EpochRecord = { epoch, loss, accuracy };
      if (data.validation) {
        const val = model.evaluate(data.validation.x, data.validation.y);
        record.valLoss = val.loss;
        record.valAccuracy = val.accuracy;
      }
      history.push(record);
      if (options.onEpoch?.(record) === false) break;
    }
  } catch (error) {
    // Nobody else can free the tensors of a model they never received.
    model.dispose();
    throw error;
  }
  return { model, history };
}
