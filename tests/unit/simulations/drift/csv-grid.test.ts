// A CSV analysis as the results panel draws it: one heatmap row per column, a blank where a batch could not test it, and one summary sentence.
import { describe, expect, it } from 'vitest';
import { csvGrid, csvSummary } from '../../../../simulations/drift/byo/csv-grid';
import type { CsvAnalysis, CsvColumnCheck } from '../../../../simulations/drift/csv/analyze';

const check = (column: string, drifted: boolean): CsvColumnCheck => ({
  column, test: 'wasserstein', statistic: drifted ? 0.35 : 0.02, threshold: 0.1, drifted, pValue: drifted ? 1e-9 : 0.6, distance: drifted ? 0.35 : 0.02,
  psi: 0.01, psiLevel: 'stable', missingShare: 0, kind: 'numeric', referenceValues: 2000, currentValues: 500, referenceMissingShare: 0,
});

const analysis: CsvAnalysis = {
  columns: [{ name: 'body_length', kind: 'numeric' }, { name: 'link_count', kind: 'numeric' }],
  referenceRows: 2000,
  batches: [
    { label: '2027-01-11', rows: 500, columns: [check('body_length', false), check('link_count', false)], skipped: [], driftedColumns: 0, share: 0, datasetDrift: false, perTestAlpha: 0.05 },
    { label: '2027-01-12', rows: 500, columns: [check('body_length', true)], skipped: [{ column: 'link_count', reason: 'no values' }], driftedColumns: 1, share: 1, datasetDrift: true, perTestAlpha: 0.05 },
  ],
};

describe('csvGrid', () => {
  it('has a row per column, a column per batch, marks drifted cells and leaves untested ones blank', () => {
    const grid = csvGrid(analysis);
    expect(grid.rows.map((row) => row.id)).toEqual(['body_length', 'link_count']);
    expect(grid.xs).toEqual([1, 2]);
    expect(grid.cells[0]!.map((cell) => cell?.mark)).toEqual([false, true]);
    expect(grid.cells[0]![1]!.level).toBeGreaterThanOrEqual(2);
    expect(grid.cells[1]![1]).toBeNull();
  });
});

describe('csvSummary', () => {
  it('counts reference rows, batches, tested columns, dataset drift and the columns that drift most', () => {
    expect(csvSummary(analysis)).toBe('2,000 reference rows against 2 batches, 2 columns tested; 1 batch drifted as a dataset; drifted most often: body_length (1 of 2).');
  });
});
