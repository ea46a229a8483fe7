// The classifier engine: seeded synthetic mail, a TF.js spam model, one epoch per step.
import type { SimEngine } from '../core/engine';
import { createRng, randomSeedFrom } from '../core/rng';
import { featureCount, featurizeBatch, sampleMessages } from '../core/mail-world';
import { createSpamModel, type SpamModel } from '../core/spam-model';
import { fitScaler } from '../core/spam-model/scaler';
import { loadTf, type Tf } from '../core/tf';
import type { ClassifierParams } from './params';
import { sweepThresholds } from './threshold-metrics';
import type { Confusion } from '../core/spam-model/metrics';

/** Size of the clean held-out set every epoch is evaluated on. */
export const VALIDATION_SIZE = 1000;
const BATCH_SIZE = 64;

export interface EpochPoint {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
}

export interface ClassifierSnapshot {
  epoch: number;
  epochs: number;
  history: EpochPoint[];
  /** P(spam) for each held-out message after the latest epoch (empty before training). */
  valScores: number[];
  /** True labels of the held-out messages (1 = spam). */
  valLabels: number[];
  /** Held-out confusion counts at thresholds 0.01…0.99, swept here so the page does not have to. */
  byThreshold: Confusion[];
  trainSize: number;
  /** Training labels flipped by the label-noise setting. */
  flippedLabels: number;
  /** TF.js tensors alive in the engine: must stay flat while training (leak guard). */
  tensors: number;
}

interface ClassifierState {
  tf: Tf;
  model: SpamModel;
  train: { x: Float32Array; y: number[] };
  val: { x: Float32Array; y: number[] };
  history: EpochPoint[];
  valScores: number[];
  flipped: number;
  epochSeed: () => number;
}

export const classifierEngine: SimEngine<ClassifierParams, ClassifierState, ClassifierSnapshot> = {
  async init(p, seed) {
    const tf = await loadTf();
    const world = { seed, spamRate: p.spamShare };
    const columns = featureCount();
    const trainMessages = sampleMessages(world, p.trainSize, { spamFraction: p.spamShare, stream: 'train' });
    const valMessages = sampleMessages(world, VALIDATION_SIZE, { spamFraction: p.spamShare, stream: 'validation' });
    const rng = createRng(seed);
    const noise = rng.fork('label-noise');
    let flipped = 0;
    const trainY = trainMessages.map((m) => {
      const wrong = noise.bernoulli(p.labelNoise);
      if (wrong) flipped += 1;
      return (m.spam ? 1 : 0) ^ (wrong ? 1 : 0);
    });
    let trainX = featurizeBatch(trainMessages);
    let valX = featurizeBatch(valMessages);
    if (p.standardize) {
      const scale = fitScaler(trainX, columns);
      trainX = scale(trainX);
      valX = scale(valX);
    }
    const model = createSpamModel(tf, { kind: p.model, inputDim: columns, learningRate: p.learningRate, optimizer: 'sgd', seed });
    const epochs = rng.fork('epochs');
    return {
      tf,
      model,
      train: { x: trainX, y: trainY },
      val: { x: valX, y: valMessages.map((m) => (m.spam ? 1 : 0)) },
      history: [],
      valScores: [],
      flipped,
      epochSeed: () => randomSeedFrom(epochs),
    };
  },

  step(state) {
    const fit = state.model.trainEpoch(state.train.x, state.train.y, { batchSize: BATCH_SIZE, seed: state.epochSeed() });
    const val = state.model.evaluate(state.val.x, state.val.y);
    state.valScores = state.model.predict(state.val.x);
    state.history.push({ epoch: state.history.length + 1, loss: fit.loss, accuracy: fit.accuracy, valLoss: val.loss, valAccuracy: val.accuracy });
    return state;
  },

  snapshot(state, p) {
    return {
      epoch: state.history.length,
      epochs: p.epochs,
      history: state.history.slice(),
      valScores: state.valScores,
      valLabels: state.val.y,
      byThreshold: state.valScores.length ? sweepThresholds(state.valScores, state.val.y) : [],
      trainSize: state.train.y.length,
      flippedLabels: state.flipped,
      tensors: state.tf.memory().numTensors,
    };
  },

  finished: (state, p) => state.history.length >= p.epochs,

  dispose: (state) => state.model.dispose(),
};
