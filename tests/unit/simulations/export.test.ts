// Run export: RFC 4180 CSV quoting and column order, tidy run CSVs, byte-stable JSON and file names.
import { describe, expect, it } from 'vitest';
import { columnsOf, runFileName, runToCsv, runToJson, toCsv, type RunExport } from '../../../simulations/core/export';

describe('toCsv', () => {
  it('quotes commas, quotes, CR and LF, doubling inner quotes', () => {
    const csv = toCsv([{ text: 'a,b' }, { text: 'say "hi"' }, { text: 'two\nlines' }, { text: 'cr\rhere' }, { text: 'plain' }]);
    expect(csv).toBe('text\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n');
  });

  it('writes null and missing cells empty, booleans as true/false, numbers unlocalised', () => {
    const csv = toCsv([
      { step: 1, loss: 0.25, ok: true, note: null },
      { step: 1000000, loss: 1e-7, ok: false },
      { step: -0, loss: Number.NaN, ok: null, note: '' },
    ]);
    expect(csv.split('\r\n')).toEqual(['step,loss,ok,note', '1,0.25,true,', '1000000,1e-7,false,', '0,NaN,,', '']);
  });

  it('keeps columns in order of first appearance across rows', () => {
    const rows = [{ b: 1, a: 2 }, { c: 3, a: 4 }, { d: 5 }];
    expect(columnsOf(rows)).toEqual(['b', 'a', 'c', 'd']);
    expect(toCsv(rows).split('\r\n')[0]).toBe('b,a,c,d');
  });

  it('uses the given columns exactly, in their order, quoting header cells too', () => {
    const csv = toCsv([{ a: 1, b: 2, c: 3 }], ['c', 'a', 'x,y']);
    expect(csv).toBe('c,a,"x,y"\r\n3,1,\r\n');
  });

  it('gives a header alone for no rows with columns, and nothing at all without either', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n');
    expect(toCsv([])).toBe('');
  });

  it('accepts rows typed by an interface', () => {
    interface EpochRow {
      epoch: number;
      loss: number | null;
    }
    const rows: EpochRow[] = [{ epoch: 1, loss: null }];
    expect(toCsv(rows)).toBe('epoch,loss\r\n1,\r\n');
  });
});

const run: RunExport = {
  simulation: 'classifier',
  version: 2,
  params: { model: 'mlp', learningRate: 0.05, standardize: true, seed: 42 },
  seed: 42,
  trace: [
    { epoch: 1, loss: 0.7 },
    { epoch: 2, loss: 0.5 },
  ],
};

describe('runToCsv', () => {
  it('adds the seed and one param_<name> column per param to every trace row', () => {
    expect(runToCsv(run).split('\r\n')).toEqual([
      'epoch,loss,seed,param_model,param_learningRate,param_standardize',
      '1,0.7,42,mlp,0.05,true',
      '2,0.5,42,mlp,0.05,true',
      '',
    ]);
  });

  it('orders the trace columns as asked', () => {
    expect(runToCsv(run, ['loss', 'epoch']).split('\r\n')[0]).toBe('loss,epoch,seed,param_model,param_learningRate,param_standardize');
  });
});

describe('runToJson', () => {
  it('is pretty, ends with a newline, and orders the top level simulation, version, seed, params, trace', () => {
    const json = runToJson(run);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "simulation": "classifier",\n');
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['simulation', 'version', 'seed', 'params', 'trace']);
  });

  it('gives byte-identical text however the objects were built', () => {
    const shuffled: RunExport = {
      trace: [
        { loss: 0.7, epoch: 1 },
        { loss: 0.5, epoch: 2 },
      ],
      seed: 42,
      params: { seed: 42, standardize: true, learningRate: 0.05, model: 'mlp' },
      version: 2,
      simulation: 'classifier',
    };
    expect(runToJson(shuffled)).toBe(runToJson(run));
    const parsed = JSON.parse(runToJson(run)) as { params: object; trace: object[] };
    expect(Object.keys(parsed.params)).toEqual(['learningRate', 'model', 'seed', 'standardize']);
    expect(Object.keys(parsed.trace[0]!)).toEqual(['epoch', 'loss']);
  });

  it('round-trips the values (non-finite numbers become null)', () => {
    const parsed = JSON.parse(runToJson({ ...run, trace: [{ epoch: 1, loss: Number.POSITIVE_INFINITY }] })) as { trace: unknown[]; params: unknown };
    expect(parsed.params).toEqual(run.params);
    expect(parsed.trace).toEqual([{ epoch: 1, loss: null }]);
  });
});

describe('runFileName', () => {
  it('names the simulation and the seed', () => {
    expect(runFileName('classifier', 42, 'csv')).toBe('classifier-seed-42.csv');
    expect(runFileName('Drift Monitor/v2', 2147483647, 'json')).toBe('drift-monitor-v2-seed-2147483647.json');
    expect(runFileName('!!!', 1, 'csv')).toBe('simulation-seed-1.csv');
  });
});
