// The classifier simulation's one param table and its presets (each preset is a lesson).
import { boolParam, choiceParam, defineParams, intParam, numberParam, seedParam, type ParamValues } from '../core/params';
import { definePresets } from '../core/presets';

export const params = defineParams({
  model: choiceParam({
    key: 'model',
    label: 'Model',
    default: 'logistic',
    options: [
      { value: 'logistic', label: 'Logistic regression' },
      { value: 'mlp', label: 'Neural network (one hidden layer)' },
    ],
    help: 'Logistic regression draws one straight boundary; the network can bend it, at more cost and more ways to go wrong.',
  }),
  learningRate: numberParam({ key: 'lr', label: 'Learning rate', default: 0.3, min: 0.001, max: 30, step: 0.001, scale: 'log', help: 'How far each gradient step moves the weights. Too small learns slowly; too large overshoots and diverges.' }),
  epochs: intParam({ key: 'epochs', label: 'Epochs', default: 25, min: 1, max: 100, unit: 'passes', help: 'How many passes over the training set one run makes.' }),
  trainSize: intParam({ key: 'n', label: 'Training messages', default: 2000, min: 200, max: 6000, step: 100, unit: 'messages', help: 'How many labeled messages the model learns from.' }),
  spamShare: numberParam({ key: 'spam', label: 'Spam share', default: 0.3, min: 0.01, max: 0.9, step: 0.01, unit: '', help: 'Fraction of messages that are spam, in training and in the held-out mail it is tested on.' }),
  labelNoise: numberParam({ key: 'noise', label: 'Label noise', default: 0, min: 0, max: 0.45, step: 0.01, unit: '', help: 'Fraction of training labels flipped at random (users who report newsletters, reviewers who slip). Test labels stay correct.' }),
  threshold: numberParam({ key: 't', label: 'Threshold', default: 0.5, min: 0.01, max: 0.99, step: 0.01, unit: '', help: 'Messages scored at or above it go to spam. Moving it needs no retraining.' }),
  costRatio: intParam({ key: 'cost', label: 'Cost of a lost message', default: 20, min: 1, max: 100, unit: '× a missed spam', help: 'How many missed spams one legitimate message in the spam folder is worth (Lecture 2 uses 20).' }),
  standardize: boolParam({ key: 'std', label: 'Standardize features', default: true, help: 'Scale each feature to mean 0 and variance 1 on the training set, and ship the scaler with the model.' }),
  seed: seedParam(),
});

export type ClassifierParams = ParamValues<typeof params>;

/** Params the view uses without retraining: changing them keeps the trained run. */
export const VIEW_ONLY: readonly (keyof ClassifierParams)[] = ['threshold', 'costRatio'];

export const presets = definePresets(params, {
  baseline: {
    label: 'Baseline',
    description: 'Balanced enough data, clean labels, a sensible learning rate: loss falls and accuracy levels off near 92%. Every other preset changes one thing from here.',
    values: {},
  },
  'imbalanced-data': {
    label: 'Imbalanced data',
    description: 'Only 2% of mail is spam. Accuracy looks excellent while recall at the default threshold is poor: a model that flags nothing is already 98% accurate. Lower the threshold and watch precision pay for recall.',
    values: { spamShare: 0.02 },
  },
  'noisy-labels': {
    label: 'Noisy labels',
    description: 'A third of training labels are wrong. The model still learns the general pattern, but held-out accuracy drops and the loss never gets low.',
    values: { labelNoise: 0.3 },
  },
  'too-high-learning-rate': {
    label: 'Too high a learning rate',
    description: 'Each step overshoots: the network’s loss jumps around or explodes instead of falling. Lower the rate and reset.',
    values: { model: 'mlp', learningRate: 20, standardize: false },
  },
  'priced-errors': {
    label: 'Priced errors',
    description: 'A lost legitimate message costs 20 missed spams, so the cheapest threshold sits far above 0.5. Compare the cost curve’s minimum with the 20/21 ≈ 0.95 rule.',
    values: { threshold: 0.95, costRatio: 20 },
  },
});

export type ClassifierPresetId = keyof typeof presets;
