// The spam classifier on TF.js — logistic regression or a one-hidden-layer MLP — with plain arrays in and out.
import type { Optimizer, Scalar, Tensor, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import { createRng } from '../rng';
import type { Tf } from '../tf';
import { shuffledBatches } from './batches';
import { resolveConfig, weightShapes, type ResolvedSpamModelConfig, type SpamModelConfig } from './config';
import { checkLabels, gatherBatch, packRows, type SpamLabels, type SpamRows } from './data';
import { glorotUniform, zeros, type Random } from './initializers';
import { accuracy, confusionAt, f1, precision, recall, type Confusion } from './metrics';
import { checkWeights, type SpamModelWeights } from './weights';

/** Training-set figures for one epoch or step, measured on each batch before its update (as Keras does). */
export interface TrainResult {
  /** Mean cross-entropy in nats, without the L2 term so runs with and without L2 compare. */
  loss: number;
  /** Share of rows the model got right at threshold 0.5. */
  accuracy: number;
}

export interface TrainEpochOptions {
  batchSize: number;
  /** Generator for this epoch's batch order. Wins over `seed`. */
  random?: Random;
  /** Seed (integer 1…MAX_SEED) for this epoch's batch order. Without `random` or `seed`, the model's own stream continues. */
  seed?: number;
}

export interface SpamEvaluation extends Confusion {
  /** Mean cross-entropy from the logits (same quantity as TrainResult.loss, so train and validation compare). */
  loss: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SpamModel {
  /** The settings with defaults filled in. */
  readonly config: ResolvedSpamModelConfig;
  /** One pass over all rows in a seeded shuffled order, one optimiser step per mini-batch. */
  trainEpoch(x: SpamRows, y: SpamLabels, options: TrainEpochOptions): TrainResult;
  /** One optimiser step on exactly these rows (online learning on a window, or a hand-made batch). */
  trainStep(x: SpamRows, y: SpamLabels): TrainResult;
  /** P(spam) per row. */
  predict(x: SpamRows): number[];
  /** Loss and confusion-based metrics, flagging rows with P(spam) ≥ threshold (default 0.5). */
  evaluate(x: SpamRows, y: SpamLabels, threshold?: number): SpamEvaluation;
  getWeights(): SpamModelWeights;
  /** Load weights (e.g. from a worker or a saved version). The optimiser's state is left as it was. */
  setWeights(weights: SpamModelWeights): void;
  /** Free every tensor the model holds (variables and optimiser state). Safe to call twice. */
  dispose(): void;
}

/**
 * Build a model whose starting weights depend only on `config.seed`. Same seed, data and settings ⇒
 * bit-identical losses and predictions on the cpu backend. Call `dispose()` when done.
 */
export function createSpamModel(tf: Tf, config: SpamModelConfig): SpamModel {
  const cfg = resolveConfig(config);
  const d = cfg.inputDim;
  const shapes = weightShapes(cfg);
  // Separate child streams, so the starting weights depend on the seed alone and never on training.
  const rng = createRng(cfg.seed);
  const initStream = rng.fork('spam-model/init').next;
  const batchStream = rng.fork('spam-model/batches').next;
  // Matrices draw in a fixed order; biases start at zero.
  const initial = shapes.map(([rows, cols]) =>
    cols === undefined ? zeros(rows as number) : glorotUniform(rows as number, cols, initStream),
  );
  // Variables outlive the tidy; only the temporary initial-value tensors are freed by it.
  const variables: Variable[] = tf.tidy(() => initial.map((values, i) => tf.variable(tf.tensor(values, shapes[i]))));
  const weight = (i: number) => variables[i] as Variable;
  const optimizer: Optimizer = cfg.optimizer === 'adam' ? tf.train.adam(cfg.learningRate) : tf.train.sgd(cfg.learningRate);
  let disposed = false;

  const alive = () => {
    if (disposed) throw new Error('This spam model was disposed; create a new one.');
  };

  /** Pre-sigmoid scores, shape [n, 1]. Call inside a tidy. */
  const logits = (x: Tensor2D): Tensor => {
    const first = tf.add(tf.matMul(x, weight(0)), weight(1));
    if (cfg.kind === 'logistic') return first;
    return tf.add(tf.matMul(tf.relu(first) as Tensor2D, weight(2)), weight(3));
  };

  /** Mean sigmoid cross-entropy from logits z: max(z, 0) − z·y + log(1 + e^−|z|), stable for any z. */
  const crossEntropy = (z: Tensor, y: Tensor): Scalar =>
    tf.mean(tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))))) as Scalar;

  /** How many rows are right at threshold 0.5, via sigmoid so it agrees exactly with predict(). */
  const correctCount = (z: Tensor, y: Tensor): Scalar =>
    tf.sum(tf.cast(tf.equal(tf.cast(tf.greaterEqual(tf.sigmoid(z), 0.5), 'float32'), y), 'float32')) as Scalar;

  /** λ·Σw² over the weight matrices (even indices); biases are not shrunk. */
  const l2Penalty = (): Scalar =>
    tf.mul(cfg.l2, tf.addN(variables.filter((_, i) => i % 2 === 0).map((w) => tf.sum(tf.square(w))))) as Scalar;

  /** One optimiser step on a packed batch; returns the batch's pre-update mean loss and correct count. */
  const step = (xs: Float32Array, ys: Float32Array, n: number): { loss: number; correct: number } => {
    // The stats tensor is kept past both tidies (the gradient tape's and ours) and disposed below.
    const out: { stats?: Tensor } = {};
    try {
      tf.tidy(() => {
        const x = tf.tensor2d(xs, [n, d]);
        const y = tf.tensor2d(ys, [n, 1]);
        optimizer.minimize(
          () => {
            const z = logits(x);
            const dataLoss = crossEntropy(z, y);
            out.stats = tf.keep(tf.stack([dataLoss, correctCount(z, y)]));
            return cfg.l2 > 0 ? tf.add(dataLoss, l2Penalty()) : dataLoss;
          },
          false,
          variables,
        );
      });
      const [loss = NaN, correct = NaN] = out.stats?.dataSync() ?? [];
      return { loss, correct };
    } finally {
      out.stats?.dispose();
    }
  };

  const trainStep = (x: SpamRows, y: SpamLabels): TrainResult => {
    alive();
    const packed = packRows(x, d);
    checkLabels(y, packed.rows);
    if (packed.rows === 0) return { loss: NaN, accuracy: NaN };
    const { loss, correct } = step(packed.values, Float32Array.from(y), packed.rows);
    return { loss, accuracy: correct / packed.rows };
  };

  const trainEpoch = (x: SpamRows, y: SpamLabels, options: TrainEpochOptions): TrainResult => {
    alive();
    const packed = packRows(x, d);
    checkLabels(y, packed.rows);
    const random = options.random ?? (options.seed === undefined ? batchStream : createRng(options.seed).next);
    let lossSum = 0;
    let correct = 0;
    for (const batch of shuffledBatches(packed.rows, options.batchSize, random)) {
      const b = gatherBatch(packed, d, y, batch);
      const result = step(b.x, b.y, batch.length);
      lossSum += result.loss * batch.length;
      correct += result.correct;
    }
    // No rows ⇒ 0/0 = NaN: nothing was learned, and the chart should show a gap rather than a zero.
    return { loss: lossSum / packed.rows, accuracy: correct / packed.rows };
  };

  /** Read a tensor's values into a plain array and free it. */
  const drain = (t: Tensor): number[] => {
    try {
      return Array.from(t.dataSync());
    } finally {
      t.dispose();
    }
  };

  const predict = (x: SpamRows): number[] => {
    alive();
    const { values, rows } = packRows(x, d);
    if (rows === 0) return [];
    return drain(tf.tidy(() => tf.sigmoid(logits(tf.tensor2d(values, [rows, d])))));
  };

  const evaluate = (x: SpamRows, y: SpamLabels, threshold = 0.5): SpamEvaluation => {
    alive();
    const { values, rows } = packRows(x, d);
    checkLabels(y, rows);
    let probabilities: number[] = [];
    let loss = NaN;
    if (rows > 0) {
      const [p, l] = tf.tidy(() => {
        const z = logits(tf.tensor2d(values, [rows, d]));
        return [tf.sigmoid(z), crossEntropy(z, tf.tensor2d(Float32Array.from(y), [rows, 1]))];
      });
      probabilities = drain(p as Tensor);
      loss = drain(l as Tensor)[0] ?? NaN;
    }
    const counts = confusionAt(probabilities, y, threshold);
    return { loss, accuracy: accuracy(counts), precision: precision(counts), recall: recall(counts), f1: f1(counts), ...counts };
  };

  const getWeights = (): SpamModelWeights => {
    alive();
    return { kind: cfg.kind, shapes: shapes.map((s) => [...s]), values: variables.map((v) => Array.from(v.dataSync())) };
  };

  const setWeights = (weights: SpamModelWeights): void => {
    alive();
    checkWeights(weights, cfg.kind, shapes);
    tf.tidy(() => variables.forEach((v, i) => v.assign(tf.tensor(weights.values[i] as number[], shapes[i]))));
  };

  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    variables.forEach((v) => v.dispose());
    optimizer.dispose();
  };

  return { config: cfg, trainEpoch, trainStep, predict, evaluate, getWeights, setWeights, dispose };
}
