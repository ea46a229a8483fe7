// The spam model's settings: defaults, validation with readable errors, and the weight shapes they imply.
import { MAX_SEED } from '../rng';

export type SpamModelKind = 'logistic' | 'mlp';
export type SpamOptimizerName = 'sgd' | 'adam';

export interface SpamModelConfig {
  /** 'logistic' = logistic regression; 'mlp' = one ReLU hidden layer, then a logistic output. */
  kind: SpamModelKind;
  /** Number of features per row. */
  inputDim: number;
  /** Hidden units for 'mlp' (default 16); ignored for 'logistic'. */
  hidden?: number;
  /** Step size. SGD on standardised inputs: ~0.1–1 trains well; far above that oscillates. */
  learningRate: number;
  /** Default 'sgd' (plain gradient descent, so the learning rate's effect is easy to see). */
  optimizer?: SpamOptimizerName;
  /** L2 penalty λ·Σw² on weight matrices, not biases (Keras `l2(λ)` convention). Default 0. */
  l2?: number;
  /** Seeds the initial weights and the default mini-batch order: an integer 1…MAX_SEED (never 0). */
  seed: number;
}

export interface ResolvedSpamModelConfig {
  kind: SpamModelKind;
  inputDim: number;
  /** 0 for 'logistic'. */
  hidden: number;
  learningRate: number;
  optimizer: SpamOptimizerName;
  l2: number;
  seed: number;
}

export const DEFAULT_HIDDEN = 16;

const isPositiveInteger = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

/** Fill defaults and reject impossible settings early, naming the field and the fix. */
export function resolveConfig(config: SpamModelConfig): ResolvedSpamModelConfig {
  const { kind, inputDim, learningRate, seed } = config;
  const hidden = config.hidden ?? DEFAULT_HIDDEN;
  const optimizer = config.optimizer ?? 'sgd';
  const l2 = config.l2 ?? 0;
  if (kind !== 'logistic' && kind !== 'mlp') throw new Error(`kind must be 'logistic' or 'mlp', got ${String(kind)}.`);
  if (!isPositiveInteger(inputDim)) throw new Error(`inputDim must be a positive integer, got ${inputDim}.`);
  if (kind === 'mlp' && !isPositiveInteger(hidden)) throw new Error(`hidden must be a positive integer, got ${hidden}.`);
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new Error(`learningRate must be a positive number, got ${learningRate}.`);
  }
  if (optimizer !== 'sgd' && optimizer !== 'adam') {
    throw new Error(`optimizer must be 'sgd' or 'adam', got ${String(optimizer)}.`);
  }
  if (!(Number.isFinite(l2) && l2 >= 0)) throw new Error(`l2 must be a number ≥ 0, got ${l2}.`);
  if (!Number.isInteger(seed) || seed < 1 || seed > MAX_SEED) {
    throw new Error(`seed must be an integer from 1 to ${MAX_SEED}, got ${seed}; normalizeSeed() in core/rng maps any number to one.`);
  }
  return { kind, inputDim, hidden: kind === 'mlp' ? hidden : 0, learningRate, optimizer, l2, seed };
}

/**
 * Shapes of the trainable tensors, in the order of `getWeights().values`:
 * logistic → [W [d,1], b [1]]; mlp → [W1 [d,h], b1 [h], W2 [h,1], b2 [1]].
 */
export function weightShapes(config: ResolvedSpamModelConfig): number[][] {
  const { inputDim: d, hidden: h } = config;
  return config.kind === 'logistic' ? [[d, 1], [1]] : [[d, h], [h], [h, 1], [1]];
}
