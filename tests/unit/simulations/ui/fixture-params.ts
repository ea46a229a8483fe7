// A small param table and presets shared by the UI control tests: one param of every kind, a log slider and units.
import { boolParam, choiceParam, defineParams, intParam, numberParam, seedParam, type ParamValues } from '../../../../simulations/core/params';
import { definePresets } from '../../../../simulations/core/presets';

export const params = defineParams({
  learningRate: numberParam({ key: 'lr', label: 'Learning rate', default: 0.05, min: 0.001, max: 30, step: 0.001, scale: 'log', help: 'Step size of gradient descent.' }),
  epochs: intParam({ key: 'epochs', label: 'Epochs', default: 25, min: 1, max: 100, unit: 'passes', help: 'Passes over the training set.' }),
  trainSize: intParam({ key: 'n', label: 'Training messages', default: 2000, min: 200, max: 6000, step: 100, unit: 'messages', help: 'How many labeled messages the model learns from.' }),
  threshold: numberParam({ key: 't', label: 'Threshold', default: 0.5, min: 0.01, max: 0.99, step: 0.01, help: 'Scores at or above it go to spam.' }),
  model: choiceParam({
    key: 'model',
    label: 'Model',
    default: 'logistic',
    options: [
      { value: 'logistic', label: 'Logistic regression' },
      { value: 'mlp', label: 'Neural network' },
    ],
    help: 'Which classifier to train.',
  }),
  standardize: boolParam({ key: 'std', label: 'Standardize features', default: true, help: 'Scale each feature to mean 0 and variance 1.' }),
  seed: seedParam(),
});

export type FixtureValues = ParamValues<typeof params>;

export const presets = definePresets(params, {
  baseline: { label: 'Baseline', description: 'Sensible defaults; every other preset changes one thing.', values: {} },
  'too-high-learning-rate': { label: 'Too high a learning rate', description: 'Each step overshoots and the loss explodes.', values: { learningRate: 20, model: 'mlp' } },
  'lucky-seed': { label: 'Lucky seed', description: 'A draw where the network happens to converge.', values: { model: 'mlp', seed: 7 } },
});
