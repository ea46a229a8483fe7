// The param table: inferred types, defaults, forgiving URL parsing, exact round trips and presets.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  boolParam,
  choiceParam,
  defineParams,
  intParam,
  numberParam,
  seedParam,
  validateValues,
  type ParamValues,
} from '../../../simulations/core/params';
import { parseQuery, toQuery } from '../../../simulations/core/params-url';
import { applyPreset, definePresets, findPreset } from '../../../simulations/core/presets';

const params = defineParams({
  learningRate: numberParam({ key: 'lr', label: 'Learning rate', default: 0.05, min: 0.0001, max: 2, step: 0.0001, scale: 'log', help: 'Step size of gradient descent.' }),
  epochs: intParam({ key: 'epochs', label: 'Epochs', default: 20, min: 1, max: 200, unit: 'epochs', help: 'Passes over the training set.' }),
  model: choiceParam({
    key: 'model',
    label: 'Model',
    default: 'logistic',
    options: [
      { value: 'logistic', label: 'Logistic regression' },
      { value: 'mlp', label: 'MLP (one hidden layer)' },
    ],
    help: 'Which classifier to train.',
  }),
  balance: numberParam({ key: 'balance', label: 'Spam share', default: 0.3, min: 0, max: 1, step: 0.01, help: 'Fraction of spam in the training set.' }),
  showTrain: boolParam({ key: 'train', label: 'Show training points', default: true, help: 'Draw the training set under the test set.' }),
  seed: seedParam(),
});

type Values = ParamValues<typeof params>;

describe('defineParams', () => {
  it('infers the values type from the table', () => {
    expectTypeOf<Values>().toEqualTypeOf<{ learningRate: number; epochs: number; model: 'logistic' | 'mlp'; balance: number; showTrain: boolean; seed: number }>();
  });

  it('collects the defaults in declaration order', () => {
    expect(params.defaults).toEqual({ learningRate: 0.05, epochs: 20, model: 'logistic', balance: 0.3, showTrain: true, seed: 42 });
    expect(params.names).toEqual(['learningRate', 'epochs', 'model', 'balance', 'showTrain', 'seed']);
    expect(Object.isFrozen(params.defaults)).toBe(true);
  });

  it('has a zod schema for a whole values object', () => {
    expect(params.schema.safeParse(params.defaults).success).toBe(true);
    const result = params.schema.safeParse({ ...params.defaults, epochs: 2.5, model: 'svm', extra: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['epochs', 'is not a whole number'],
      ['model', 'is not one of logistic, mlp'],
      ['', 'Unrecognized key: "extra"'],
    ]);
  });

  it('describes every param as a docs-table row', () => {
    const rows = params.describe();
    expect(rows.map((row) => row.key)).toEqual(['lr', 'epochs', 'model', 'balance', 'train', 'seed']);
    expect(rows[0]).toEqual({
      name: 'learningRate',
      key: 'lr',
      label: 'Learning rate',
      kind: 'number',
      default: 0.05,
      min: 0.0001,
      max: 2,
      step: 0.0001,
      unit: '',
      options: null,
      help: 'Step size of gradient descent.',
    });
    expect(rows[2]).toMatchObject({ kind: 'choice', min: null, max: null, options: [{ value: 'logistic' }, { value: 'mlp' }] });
    expect(rows[4]).toMatchObject({ kind: 'bool', default: true, min: null, unit: null, options: null });
    expect(rows[5]).toMatchObject({ kind: 'seed', key: 'seed', default: 42, min: 1, max: 2 ** 31 - 1, step: 1 });
  });

  it('throws when two params share a URL key', () => {
    expect(() =>
      defineParams({
        a: intParam({ key: 'n', label: 'A', default: 1, min: 0, max: 2, help: '' }),
        b: intParam({ key: 'n', label: 'B', default: 1, min: 0, max: 2, help: '' }),
      }),
    ).toThrow('Params "a" and "b" share the URL key "n"; keys must be unique.');
  });

  it('throws on broken definitions', () => {
    expect(() => intParam({ key: 'n', label: 'N', default: 5, min: 0, max: 2, help: '' })).toThrow('Param "n": the default is above the maximum 2.');
    expect(() => intParam({ key: 'n', label: 'N', default: 1, min: 0, max: 2.5, help: '' })).toThrow(/whole numbers/);
    expect(() => numberParam({ key: 'x', label: 'X', default: 1, min: 0, max: 2, scale: 'log', help: '' })).toThrow(/log scale needs min > 0/);
    expect(() => numberParam({ key: 'x y', label: 'X', default: 1, min: 0, max: 2, help: '' })).toThrow(/letters, digits/);
    expect(() => seedParam({ default: 0 })).toThrow('Param "seed": the default is below the minimum 1.');
  });
});

describe('parseQuery', () => {
  it('reads a valid query and leaves missing keys at their defaults without notices', () => {
    expect(parseQuery(params, '?lr=0.2&model=mlp&train=0')).toEqual({
      values: { ...params.defaults, learningRate: 0.2, model: 'mlp', showTrain: false },
      notices: [],
    });
  });

  it('turns garbage into defaults with one notice naming each bad value', () => {
    const { values, notices } = parseQuery(params, '?lr=banana&epochs=-3&seed=');
    expect(values).toEqual(params.defaults);
    expect(notices).toEqual([
      '"lr=banana" is not a number; using the default 0.05.',
      '"epochs=-3" is below the minimum 1; using the default 20.',
      '"seed=" is empty; using the default 42.',
    ]);
  });

  it('rejects out-of-range numbers, non-integer ints and non-decimal number forms', () => {
    const { values, notices } = parseQuery(params, new URLSearchParams('lr=5&epochs=2.5&balance=0x1&seed=1e3'));
    expect(values).toEqual({ ...params.defaults, seed: 1000 });
    expect(notices).toEqual([
      '"lr=5" is above the maximum 2; using the default 0.05.',
      '"epochs=2.5" is not a whole number; using the default 20.',
      '"balance=0x1" is not a number; using the default 0.3.',
    ]);
  });

  it('rejects a choice that is not an option', () => {
    const { values, notices } = parseQuery(params, 'model=svm');
    expect(values.model).toBe('logistic');
    expect(notices).toEqual(['"model=svm" is not one of logistic, mlp; using the default logistic.']);
  });

  it('accepts 1/0/true/false for booleans and nothing else', () => {
    for (const [raw, expected] of [['1', true], ['0', false], ['true', true], ['FALSE', false]] as const) {
      expect(parseQuery(params, `train=${raw}`)).toEqual({ values: { ...params.defaults, showTrain: expected }, notices: [] });
    }
    expect(parseQuery(params, 'train=maybe').notices).toEqual(['"train=maybe" is not true or false (use 1 or 0); using the default true.']);
  });

  it('lists unknown keys in a single notice, skips page keys, and flags repeated keys', () => {
    expect(parseQuery(params, 'foo=1&bar=2&foo=3&preset=x', { pageKeys: ['preset'] }).notices).toEqual(['Ignored unknown settings in the link: "foo", "bar".']);
    expect(parseQuery(params, 'lr=0.1&lr=0.2')).toEqual({
      values: { ...params.defaults, learningRate: 0.1 },
      notices: ['"lr" appears 2 times in the link; using the first.'],
    });
  });

  it('shortens very long values in notices', () => {
    const [notice] = parseQuery(params, `model=${'x'.repeat(500)}`).notices;
    expect(notice!.length).toBeLessThan(120);
  });
});

describe('toQuery', () => {
  const custom: Values = { learningRate: 1e-4, epochs: 150, model: 'mlp', balance: 0.1 + 0.2, showTrain: false, seed: 2 ** 31 - 1 };

  it('writes every param in declaration order with compact numbers', () => {
    expect(toQuery(params, params.defaults).toString()).toBe('lr=0.05&epochs=20&model=logistic&balance=0.3&train=1&seed=42');
    expect(toQuery(params, { ...params.defaults, learningRate: 1.5e-7 * 1000 }).get('lr')).toBe('0.00015');
  });

  it('round-trips exactly, with no notices', () => {
    for (const values of [params.defaults, custom]) {
      expect(parseQuery(params, toQuery(params, values).toString())).toEqual({ values, notices: [] });
    }
  });
});

describe('validateValues', () => {
  it('merges valid overrides and reports the rest as strings instead of throwing', () => {
    const { values, problems } = validateValues(params, { epochs: 50, balance: 1.5, model: 'svm', speed: 2 });
    expect(values).toEqual({ ...params.defaults, epochs: 50 });
    expect(problems).toEqual([
      'balance = 1.5 is above the maximum 1; using 0.3.',
      'model = "svm" is not one of logistic, mlp; using logistic.',
      '"speed" is not a setting of this simulation; the settings are learningRate, epochs, model, balance, showTrain, seed.',
    ]);
  });

  it('rejects values of the wrong type', () => {
    expect(validateValues(params, { epochs: '50', showTrain: 'yes' }).problems).toEqual([
      'epochs = "50" is not a number; using 20.',
      'showTrain = "yes" is not true or false; using true.',
    ]);
  });
});

describe('presets', () => {
  const presets = definePresets(params, {
    'imbalanced-data': { label: 'Imbalanced data', description: 'Two per cent spam: accuracy looks great and means nothing.', values: { balance: 0.02 } },
    'big-steps': { label: 'Big steps', description: 'Too large a learning rate.', values: { learningRate: 1.5, model: 'mlp' } },
  });

  it('applies a preset over the defaults, or over given values', () => {
    expect(applyPreset(params, presets['imbalanced-data'])).toEqual({ ...params.defaults, balance: 0.02 });
    expect(applyPreset(params, presets['big-steps'], { ...params.defaults, seed: 7 })).toEqual({ ...params.defaults, learningRate: 1.5, model: 'mlp', seed: 7 });
    expect(presets['big-steps'].id).toBe('big-steps');
  });

  it('finds presets by an author-typed id', () => {
    expect(findPreset(presets, 'imbalanced-data')?.label).toBe('Imbalanced data');
    expect(findPreset(presets, 'toString')).toBeUndefined();
  });

  it('throws at definition time, naming the preset and the param', () => {
    expect(() => definePresets(params, { 'too-much': { label: 'Too much', description: '', values: { balance: 5 } } })).toThrow(
      'Preset "too-much": balance = 5 is above the maximum 1.',
    );
    expect(() => definePresets(params, { wrong: { label: 'Wrong', description: '', values: { model: 'svm' as 'mlp' } } })).toThrow(
      'Preset "wrong": model = "svm" is not one of logistic, mlp.',
    );
    expect(() => definePresets(params, { typo: { label: 'Typo', description: '', values: { epoch: 3 } as never } })).toThrow(/Preset "typo": "epoch" is not a param/);
    expect(() => definePresets(params, { 'Bad Id': { label: 'Bad', description: '', values: {} } })).toThrow(/Preset "Bad Id": ids are lowercase/);
  });
});
