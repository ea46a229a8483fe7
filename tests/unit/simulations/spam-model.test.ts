// The shared TF.js spam model: it learns, is reproducible, reacts to bad settings, and leaks no tensors.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../../simulations/core/rng';
import { createSpamModel, trainModel, type SpamModel, type SpamModelConfig } from '../../../simulations/core/spam-model';
import { loadTf, tensorLeak, type Tf } from '../../../simulations/core/tf';

const INPUT_DIM = 70;
// Each test trains for well under 2 s on an idle machine; the margin is for loaded CI runners.
const SLOW = { timeout: 60_000 };

/**
 * Mail-like rows: 20 dense features (two overlapping Gaussian clouds, spam shifted by 0.5 sd) and 50
 * sparse binary "words", 15 of which appear 3× as often in spam. `labelNoise` flips that share of labels.
 */
function mailLike(seed: number, n: number, { spamRate = 0.3, labelNoise = 0 } = {}) {
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const spam = rng.bernoulli(spamRate);
    const row: number[] = [];
    for (let j = 0; j < 20; j += 1) row.push(rng.normal() + (spam ? 0.5 : 0) - 0.5 * spamRate);
    for (let j = 0; j < 50; j += 1) row.push(rng.bernoulli(j < 15 ? (spam ? 0.25 : 0.08) : 0.1) ? 1 : 0);
    x.push(row);
    y.push(rng.bernoulli(labelNoise) !== spam ? 1 : 0);
  }
  return { x, y };
}

const base = (overrides: Partial<SpamModelConfig> = {}): SpamModelConfig => ({
  kind: 'logistic',
  inputDim: INPUT_DIM,
  learningRate: 0.1,
  seed: 7,
  ...overrides,
});
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

let tf: Tf;
const train = mailLike(1, 2_000);
const test = mailLike(2, 2_000);
const small = mailLike(3, 16);

beforeAll(async () => {
  tf = await loadTf();
  tf.env().set('IS_TEST', true); // silence the "install tfjs-node" hint
}, SLOW.timeout);

/** Train, evaluate on the held-out set, and free the model. */
function fitAndScore(config: SpamModelConfig, data = train, epochs = 8, batchSize = 32, threshold = 0.5) {
  const { model, history } = trainModel(tf, config, { train: data, validation: test }, { epochs, batchSize });
  try {
    return { history, score: model.evaluate(test.x, test.y, threshold) };
  } finally {
    model.dispose();
  }
}

describe('learning', SLOW, () => {
  it('the synthetic set has the 30 % spam rate the thresholds below assume', () => {
    expect(mean(train.y)).toBeGreaterThan(0.27);
    expect(mean(train.y)).toBeLessThan(0.33);
    expect(1 - mean(test.y)).toBeLessThan(0.73); // base rate: always saying "ham"
  });

  it.each(['logistic', 'mlp'] as const)('%s with SGD beats the 0.70 base rate by far on held-out mail', (kind) => {
    const { history, score } = fitAndScore(base({ kind }));
    expect(score.accuracy).toBeGreaterThan(0.88);
    expect(score.recall).toBeGreaterThan(0.75);
    expect(history.at(-1)?.loss).toBeLessThan((history[0]?.loss ?? 0) * 0.7);
    expect(history.at(-1)?.valAccuracy).toBe(score.accuracy);
  });

  it.each(['logistic', 'mlp'] as const)('%s with Adam learns too', (kind) => {
    const { score } = fitAndScore(base({ kind, optimizer: 'adam', learningRate: 0.01 }), train, 5);
    expect(score.accuracy).toBeGreaterThan(0.88);
  });
});

describe('determinism', SLOW, () => {
  const run = (config: SpamModelConfig) => {
    const { model, history } = trainModel(tf, config, { train, validation: test }, { epochs: 3, batchSize: 64 });
    const result = { history, predictions: model.predict(test.x), weights: model.getWeights() };
    model.dispose();
    return result;
  };

  it.each(['logistic', 'mlp'] as const)('same seed ⇒ identical %s loss history, predictions and weights', (kind) => {
    const a = run(base({ kind, optimizer: 'adam', learningRate: 0.01, l2: 1e-3 }));
    const b = run(base({ kind, optimizer: 'adam', learningRate: 0.01, l2: 1e-3 }));
    expect(b.history).toEqual(a.history);
    expect(b.predictions).toEqual(a.predictions);
    expect(b.weights).toEqual(a.weights);
  });

  it('a different seed gives different starting weights and a different loss trace', () => {
    const start = (seed: number) => {
      const model = createSpamModel(tf, base({ kind: 'mlp', seed }));
      const weights = model.getWeights();
      model.dispose();
      return weights;
    };
    expect(start(8).values[0]).not.toEqual(start(7).values[0]);
    expect(start(7)).toEqual(start(7));
    expect(run(base({ seed: 8 })).history).not.toEqual(run(base({ seed: 7 })).history);
  });

  it('starts from Glorot-uniform matrices and zero biases', () => {
    const model = createSpamModel(tf, base({ kind: 'mlp', hidden: 16 }));
    const { shapes, values } = model.getWeights();
    model.dispose();
    expect(shapes).toEqual([[INPUT_DIM, 16], [16], [16, 1], [1]]);
    const limit = Math.sqrt(6 / (INPUT_DIM + 16));
    expect(Math.max(...(values[0] ?? []).map(Math.abs))).toBeLessThanOrEqual(limit);
    expect(Math.max(...(values[0] ?? []).map(Math.abs))).toBeGreaterThan(0.9 * limit);
    expect(values[1]).toEqual(new Array(16).fill(0));
  });

  it('an epoch seed fixes the batch order; different seeds visit batches differently', () => {
    const epoch = (batchSeed: number) => {
      const model = createSpamModel(tf, base());
      const result = model.trainEpoch(train.x, train.y, { batchSize: 32, seed: batchSeed });
      model.dispose();
      return result;
    };
    expect(epoch(42)).toEqual(epoch(42));
    expect(epoch(43).loss).not.toBe(epoch(42).loss);
  });
});

describe('settings that should hurt, do', SLOW, () => {
  it('a far too high SGD learning rate blows the MLP up and leaves it predicting all ham', () => {
    const good = fitAndScore(base({ kind: 'mlp', learningRate: 0.5 }), train, 5);
    const bad = fitAndScore(base({ kind: 'mlp', learningRate: 30 }), train, 5);
    // Diverged: the loss is NaN or far above the good run's; `!(a < b)` also catches NaN.
    expect(!((bad.history.at(-1)?.loss ?? NaN) < 10 * (good.history.at(-1)?.loss ?? 0))).toBe(true);
    expect(bad.score.recall).toBeLessThan(0.1);
    expect(bad.score.accuracy).toBeLessThan(good.score.accuracy - 0.15);
  });

  it('full-batch gradient descent at learning rate 30 makes the MLP loss explode and accuracy swing', () => {
    const { history } = fitAndScore(base({ kind: 'mlp', learningRate: 30 }), train, 6, train.x.length);
    expect(history.at(-1)?.loss).toBeGreaterThan(100 * (history[0]?.loss ?? Infinity));
    const accuracies = history.map((h) => h.valAccuracy ?? NaN);
    expect(Math.max(...accuracies) - Math.min(...accuracies)).toBeGreaterThan(0.2);
  });

  it('logistic regression never diverges to NaN, but a high rate keeps its loss several times higher', () => {
    const good = fitAndScore(base({ learningRate: 0.5 }), train, 5);
    const bad = fitAndScore(base({ learningRate: 30 }), train, 5);
    expect(Number.isFinite(bad.history.at(-1)?.loss)).toBe(true);
    expect(mean(bad.history.map((h) => h.loss))).toBeGreaterThan(3 * mean(good.history.map((h) => h.loss)));
  });

  it('label noise in training lowers accuracy on clean mail', () => {
    const clean = fitAndScore(base());
    const noisy = fitAndScore(base(), mailLike(1, 2_000, { labelNoise: 0.3 }));
    expect(noisy.score.accuracy).toBeLessThan(clean.score.accuracy - 0.03);
  });

  it('with 2 % spam, threshold 0.5 misses most spam while accuracy looks great; a lower threshold recovers it', () => {
    const rare = mailLike(4, 2_000, { spamRate: 0.02 });
    const rareTest = mailLike(5, 4_000, { spamRate: 0.02 });
    const { model } = trainModel(tf, base(), { train: rare }, { epochs: 8, batchSize: 32 });
    const atHalf = model.evaluate(rareTest.x, rareTest.y, 0.5);
    const atTenth = model.evaluate(rareTest.x, rareTest.y, 0.1);
    model.dispose();
    expect(atHalf.accuracy).toBeGreaterThan(0.97);
    expect(atHalf.recall).toBeLessThan(0.25);
    expect(atTenth.recall).toBeGreaterThan(atHalf.recall + 0.3);
  });
});

describe('no tensor leaks', SLOW, () => {
  const combos = [
    { kind: 'logistic', optimizer: 'sgd' },
    { kind: 'logistic', optimizer: 'adam' },
    { kind: 'mlp', optimizer: 'sgd' },
    { kind: 'mlp', optimizer: 'adam' },
  ] as const;

  it.each(combos)('create, train and dispose a $kind/$optimizer model returns numTensors to where it was', (combo) => {
    const leak = tensorLeak(tf, () => {
      const model = createSpamModel(tf, base({ ...combo, l2: 1e-3 }));
      model.trainEpoch(small.x, small.y, { batchSize: 4 });
      model.evaluate(small.x, small.y);
      model.dispose();
      model.dispose(); // twice is harmless
    });
    expect(leak).toBe(0);
  });

  describe('1,000 calls on a live model', () => {
    let model: SpamModel;
    beforeAll(() => {
      model = createSpamModel(tf, base({ kind: 'mlp', optimizer: 'adam', learningRate: 0.01, l2: 1e-3 }));
      model.trainStep(small.x, small.y); // Adam creates its moment variables on the first step
      return () => model.dispose();
    }, SLOW.timeout);

    it('predict', () => expect(tensorLeak(tf, () => model.predict(small.x), 1_000)).toBe(0));
    it('trainStep', () => expect(tensorLeak(tf, () => model.trainStep(small.x, small.y), 1_000)).toBe(0));
    it('trainEpoch', () => expect(tensorLeak(tf, () => model.trainEpoch(small.x, small.y, { batchSize: 16 }), 1_000)).toBe(0));
    it('evaluate, getWeights and setWeights', () => {
      const weights = model.getWeights();
      expect(tensorLeak(tf, () => model.evaluate(small.x, small.y), 1_000)).toBe(0);
      expect(tensorLeak(tf, () => model.setWeights(model.getWeights()), 1_000)).toBe(0);
      model.setWeights(weights);
    });
  });
});

describe('weights as plain data', SLOW, () => {
  it.each(['logistic', 'mlp'] as const)('a %s round trip through JSON gives identical predictions in a second model', (kind) => {
    const { model: trained } = trainModel(tf, base({ kind }), { train }, { epochs: 2, batchSize: 32 });
    const shipped = JSON.parse(JSON.stringify(trained.getWeights())) as ReturnType<SpamModel['getWeights']>;
    const other = createSpamModel(tf, base({ kind, seed: 99 }));
    expect(other.predict(test.x)).not.toEqual(trained.predict(test.x));
    other.setWeights(shipped);
    expect(other.predict(test.x)).toEqual(trained.predict(test.x));
    expect(other.getWeights()).toEqual(trained.getWeights());
    trained.dispose();
    other.dispose();
  });

  it('refuses weights from a different kind or width, saying why', () => {
    const mlp16 = createSpamModel(tf, base({ kind: 'mlp' }));
    const mlp8 = createSpamModel(tf, base({ kind: 'mlp', hidden: 8 }));
    const logistic = createSpamModel(tf, base());
    expect(() => logistic.setWeights(mlp16.getWeights())).toThrow(/'mlp' model; this model is 'logistic'/);
    expect(() => mlp8.setWeights(mlp16.getWeights())).toThrow(/shape \[70, 16\]; this model needs \[70, 8\]/);
    [mlp16, mlp8, logistic].forEach((m) => m.dispose());
  });
});

describe('inputs and errors', SLOW, () => {
  it('accepts number rows, Float32Array rows and one packed Float32Array alike', () => {
    const model = createSpamModel(tf, base({ kind: 'mlp' }));
    const expected = model.predict(small.x);
    expect(model.predict(small.x.map((row) => Float32Array.from(row)))).toEqual(expected);
    expect(model.predict(Float32Array.from(small.x.flat()))).toEqual(expected);
    expect(model.predict([])).toEqual([]);
    expect(model.trainEpoch([], [], { batchSize: 8 }).loss).toBeNaN();
    model.dispose();
  });

  it('rejects bad rows, labels and settings with messages that name the fix', () => {
    const model = createSpamModel(tf, base());
    expect(() => model.predict([[1, 2, 3]])).toThrow(/Row 0 has 3 features; the model expects 70/);
    expect(() => model.predict([[NaN, ...new Array(69).fill(0)]])).toThrow(/impute or drop/);
    expect(() => model.trainStep(small.x, small.y.map(() => 2))).toThrow(/labels must be 0 \(ham\) or 1 \(spam\)/);
    expect(() => model.trainEpoch(small.x, small.y, { batchSize: 0 })).toThrow(/batchSize/);
    model.dispose();
    expect(() => model.predict(small.x)).toThrow(/disposed/);
    expect(() => createSpamModel(tf, base({ seed: 0 }))).toThrow(/seed must be an integer from 1/);
    expect(() => createSpamModel(tf, base({ learningRate: 0 }))).toThrow(/learningRate/);
    expect(() => createSpamModel(tf, base({ kind: 'mlp', hidden: 0 }))).toThrow(/hidden/);
  });
});
