// The data generator's settings: defaults, friendly errors that name the field, CLI and URL round trips.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, resolveOptions, toCliArgs, toQuery } from '../../../simulations/relay-data';

describe('resolveOptions', () => {
  it('reads strings from a form, a URL or the command line', () => {
    const { options, problems } = resolveOptions({ seed: '11', rows: '5000', start: '2027-02-01', drift: 'mimicry', lateRate: '0.1' });
    expect(problems).toEqual([]);
    expect(options).toEqual({ ...DEFAULT_OPTIONS, seed: 11, rows: 5000, start: '2027-02-01', drift: 'mimicry', lateRate: 0.1 });
  });

  it('names the field, what was given and what to write, and keeps the default for it', () => {
    const { options, problems } = resolveOptions({ rows: '12.5', start: '2027-02-30', drift: 'chaos', unwanted: 'lots', colour: 'red' });
    expect(problems).toEqual([
      'rows: "12.5" is not allowed; write a whole number from 100 to 1000000.',
      'start: "2027-02-30" is not a date; write YYYY-MM-DD, for example 2027-01-04.',
      'drift: "chaos" is not one of none, new-campaign, mimicry, label-delay.',
      'unwanted: "lots" is not allowed; write a number from 0.01 to 0.9.',
      '"colour" is not a setting; use seed, rows, start, days, unwanted, lateRate, duplicateRate, drift.',
    ]);
    expect(options).toEqual(DEFAULT_OPTIONS);
  });

  it('round-trips through the URL query and shows the equivalent command', () => {
    const changed = { ...DEFAULT_OPTIONS, seed: 3, duplicateRate: 0.05, drift: 'label-delay' as const };
    expect(resolveOptions(Object.fromEntries(new URLSearchParams(toQuery(changed)))).options).toEqual(changed);
    expect(toQuery(DEFAULT_OPTIONS)).toBe('');
    expect(toCliArgs(changed)).toBe('--seed 3 --rows 10000 --duplicate-rate 0.05 --drift label-delay');
  });
});
