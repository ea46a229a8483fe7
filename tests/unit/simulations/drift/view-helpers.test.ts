// The drift view's pure helpers: drift levels, shaded spans, heatmap grids, bins, accuracy series, export rows and narration.
import { describe, expect, it } from 'vitest';
import { accuracyFloor, accuracySeries } from '../../../../simulations/drift/view/accuracy-series';
import { detectorCell, detectorGrid } from '../../../../simulations/drift/view/detector-grid';
import { checkText, driftLevel, driftStrength, formatP } from '../../../../simulations/drift/view/drift-levels';
import { driftSpans, labelGap, lastLabelled } from '../../../../simulations/drift/view/drift-spans';
import { exportRows } from '../../../../simulations/drift/view/export-rows';
import { categoryShares, mostDrifted, toSharedBins } from '../../../../simulations/drift/view/feature-bins';
import { featureGrid } from '../../../../simulations/drift/view/feature-grid';
import { describeChange, spokenList } from '../../../../simulations/drift/view/narration';
import { check, driftSnapshot, point } from './view-fixture';
import { paramsFor, runEngine } from './engine-runs';

describe('drift levels', () => {
  it('measures distances by ratio and p-values by exponent, 1 at the threshold', () => {
    expect(driftStrength(check({ test: 'wasserstein', statistic: 0.3, threshold: 0.1 }))).toBeCloseTo(3);
    expect(driftStrength(check({ test: 'ks', statistic: 0.05, threshold: 0.05 }))).toBeCloseTo(1);
    expect(driftStrength(check({ test: 'ks', statistic: 0.0025, threshold: 0.05 }))).toBeCloseTo(2);
    expect(driftStrength(check({ test: 'chisquare', statistic: 0, threshold: 0.05 }))).toBe(Infinity);
    expect(driftStrength(check({ test: 'ks', statistic: 1, threshold: 0.05 }))).toBe(0);
  });

  it('puts a column on the drifted side of the ramp exactly when its check says so', () => {
    expect(driftLevel(check({ statistic: 0.01, drifted: false }))).toBe(0);
    expect(driftLevel(check({ statistic: 0.07, drifted: false }))).toBe(1);
    expect(driftLevel(check({ statistic: 0.1, drifted: true }))).toBe(2);
    expect(driftLevel(check({ statistic: 0.25, drifted: true }))).toBe(3);
    expect(driftLevel(check({ statistic: 0.9, drifted: true }))).toBe(4);
    // A p-value on the threshold that the test counts as drifted stays on the drifted side.
    expect(driftLevel(check({ test: 'ks', statistic: 0.05, threshold: 0.05, drifted: true }))).toBe(2);
  });

  it('writes checks the way a table cell reads', () => {
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.0312)).toBe('p = 0.031');
    expect(checkText(check({ test: 'ks', statistic: 0.0001, drifted: true }))).toBe('KS p < 0.001, drifted');
    expect(checkText(check({ test: 'wasserstein', statistic: 0.04123 }))).toBe('W 0.041');
  });
});

describe('spans', () => {
  it('frames each run of drifted batches and shades the batches still waiting for labels', () => {
    const history = driftSnapshot().history;
    expect(driftSpans(history)).toEqual([{ from: 4, to: 6, label: 'true drift' }]);
    expect(driftSpans([{ batch: 1, driftActive: true }, { batch: 2, driftActive: false }, { batch: 3, driftActive: true }]).map((s) => [s.from, s.to])).toEqual([[1, 1], [3, 3]]);
    expect(lastLabelled(history)).toBe(4);
    expect(labelGap(history, 2)).toEqual({ from: 4, to: 6, label: 'labels pending (2 batches late)' });
    expect(labelGap(history.slice(0, 1).map((p) => ({ ...p, trueAccuracy: null })), 1)).toEqual({ from: 0, to: 1, label: 'labels pending (1 batch late)' });
    expect(labelGap(history.slice(0, 3), 0)).toBeNull();
    expect(labelGap([], 3)).toBeNull();
  });
});

describe('heatmap grids', () => {
  it('has one row per column and one ringed cell per drifted check', () => {
    const s = driftSnapshot();
    const grid = featureGrid(s.features, s.history);
    expect(grid.rows.map((r) => r.label)).toEqual(['length', 'links', 'language']);
    expect(grid.xs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(grid.cells[0]!.map((c) => c!.mark)).toEqual([false, false, false, true, true, true]);
    expect(grid.cells[2]![1]).toMatchObject({ mark: true, text: 'JS 0.12, drifted' });
  });

  it('shows alarms, warnings, false alarms and batches the error-stream detectors have not heard about', () => {
    const history = driftSnapshot().history;
    expect(detectorCell('ddm', history[0]!)).toBeNull();
    expect(detectorCell('ddm', history[4]!)).toEqual({ level: 1, text: 'warning' });
    expect(detectorCell('ddm', history[5]!)).toEqual({ level: 2, text: 'alarm' });
    expect(detectorCell('any-feature', history[1]!)).toEqual({ level: 2, mark: true, text: 'false alarm' });
    expect(detectorCell('psi', history[0]!)).toEqual({ level: 0, text: 'quiet' });
    const grid = detectorGrid(history, 'ddm', true);
    expect(grid.rows.at(-1)!.label).toBe('Retrained');
    expect(grid.rows.filter((r) => r.emphasis).map((r) => r.id)).toEqual(['ddm']);
    expect(detectorGrid(history, 'psi', false).rows).toHaveLength(8);
  });
});

describe('bins and columns', () => {
  it('turns the engine’s shared bins into the chart’s, with shares per sample', () => {
    const bins = toSharedBins({ edges: [0, 50, 100, 150], reference: [60, 30, 10], current: [20, 40, 40] });
    expect(bins.domain).toEqual([0, 150]);
    expect(toSharedBins({ edges: [0.012, 0.5, 0.998], reference: [1, 1], current: [1, 1] }).domain).toEqual([0, 1]);
    expect(bins.totals).toEqual([100, 100]);
    expect(bins.bins[1]).toEqual({ x0: 50, x1: 100, counts: [30, 40], shares: [0.3, 0.4] });
    expect(categoryShares({ categories: ['en', 'de'], reference: [3, 1], current: [1, 1] })).toEqual([
      { category: 'en', reference: 0.75, current: 0.5 },
      { category: 'de', reference: 0.25, current: 0.5 },
    ]);
  });

  it('picks the column furthest past its threshold', () => {
    expect(mostDrifted(point(5))).toBe('length');
    expect(mostDrifted(point(2))).toBe('language');
    expect(mostDrifted(undefined)).toBeNull();
  });
});

describe('accuracy series', () => {
  it('draws the estimate for every batch and the truth only where labels arrived', () => {
    const { estimated, truth } = accuracySeries(driftSnapshot().history);
    expect(estimated).toHaveLength(6);
    expect(truth.map((p) => p.x)).toEqual([1, 2, 3, 4]);
    expect(accuracyFloor([0.94, 0.8])).toBe(0.5);
    expect(accuracyFloor([0.94, 0.43])).toBe(0.4);
  });
});

describe('narration', () => {
  it('names the newest batch, the detectors that alarmed, new alerts, labels and the drift starting', () => {
    const s = driftSnapshot(4);
    const text = describeChange(driftSnapshot(2), s)!;
    expect(text).toContain('Batch 4 (Thu): 1 of 3 columns drifted; domain classifier AUC 0.78; PSI and Domain AUC alarmed.');
    expect(text).toContain('The injected drift started at batch 4.');
    expect(text).toContain('1 new alert.');
    expect(describeChange(driftSnapshot(1), s)).toContain('2 new alerts, 1 of them false.');
    expect(text).toContain('Labels for batch 2 arrived: true accuracy 95\u00a0%.');
    expect(describeChange(undefined, driftSnapshot(2))).toContain('1 new alert, 1 of them false.');
    expect(describeChange(s, s)).toBeNull();
    expect(describeChange(undefined, driftSnapshot(0))).toBeNull();
    expect(describeChange(driftSnapshot(9), driftSnapshot(10))).toContain('Run finished:');
    expect(spokenList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('on a real run', { timeout: 60_000 }, () => {
  it('exports one flat row per batch with every detector and every column’s check', async () => {
    const p = paramsFor('covariate-drift', { driftStart: 3, batches: 4, batchSize: 200, referenceSize: 600 });
    const { snapshots } = await runEngine(p);
    const end = snapshots.at(-1)!;
    const rows = exportRows(end);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toMatchObject({ batch: 3, drift_active: true, length_drifted: true, alarm_any_feature: true });
    expect(Object.keys(rows[0]!)).toContain('language_psi');
    expect(Object.values(rows[0]!).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))).toBe(true);
    const grid = featureGrid(end.features, end.history);
    expect(grid.cells).toHaveLength(end.features.length);
    expect(grid.cells[0]![2]!.mark).toBe(true);
    expect(describeChange(snapshots[2], end)).toMatch(/^Batch 4 \(Thu\): \d of 6 columns drifted; domain classifier AUC 0\.\d\d/);
  });
});
