// The drift engine's small parts: ROC AUC, the Newton solve, the confidence estimate, PSI levels, row windows and alert sources.
import { describe, expect, it } from 'vitest';
import { ALERT_SOURCES, alarmsBySource, type AlertSignals } from '../../../../simulations/drift/alerts';
import { rocAuc } from '../../../../simulations/drift/auc';
import { bookBatch, noCosts } from '../../../../simulations/drift/costs';
import { sampleIndices, solveSymmetric } from '../../../../simulations/drift/domain-classifier';
import { NO_READINGS } from '../../../../simulations/drift/error-detectors';
import { psiLevelOf, type BatchCheck } from '../../../../simulations/drift/feature-checks';
import { concatRows, lastRows, type Rows } from '../../../../simulations/drift/features';
import { hourSampler } from '../../../../simulations/drift/hour-of-day';
import { accuracyOf, errorsOf, estimatedAccuracy } from '../../../../simulations/drift/performance';
import { params } from '../../../../simulations/drift/params';
import { createRng } from '../../../../simulations/core/rng';

/** A block of `size` rows whose single numeric column counts up from `first`. */
const block = (first: number, size: number): Rows => ({
  size,
  numeric: [Float64Array.from({ length: size }, (_, i) => first + i)],
  language: Array.from({ length: size }, () => 'en' as const),
  spam: new Uint8Array(size),
  reputationMissing: new Uint8Array(size),
});

describe('ROC AUC', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, ½ for ties, and counts tied pairs as half', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    // sklearn.metrics.roc_auc_score([0, 0, 1, 1, 1], [0.1, 0.4, 0.35, 0.8, 0.4]) = 0.75
    expect(rocAuc([0.1, 0.4, 0.35, 0.8, 0.4], [0, 0, 1, 1, 1])).toBeCloseTo(0.75, 12);
    expect(rocAuc([0.3, 0.6], [1, 1])).toBeNaN();
    expect(() => rocAuc([0.3], [2])).toThrow(/0 or 1/);
  });
});

describe('Newton step and row sampling', () => {
  it('solves a symmetric positive-definite system', () => {
    const a = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
    const z = solveSymmetric(a, Float64Array.from([1, 2, 3]), 3);
    const back = [0, 1, 2].map((i) => [0, 1, 2].reduce((sum, j) => sum + a[i * 3 + j]! * z[j]!, 0));
    back.forEach((value, i) => expect(value).toBeCloseTo([1, 2, 3][i]!, 12));
    expect(() => solveSymmetric(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toThrow(/positive definite/);
  });

  it('draws distinct indices', () => {
    const picked = sampleIndices(50, 20, createRng(3));
    expect(new Set(picked).size).toBe(20);
    expect(Math.max(...picked)).toBeLessThan(50);
  });
});

describe('performance without and with labels', () => {
  it('estimates accuracy as the mean confidence and counts errors at 0.5', () => {
    expect(estimatedAccuracy([0.9, 0.2, 0.5, 0.6])).toBeCloseTo((0.9 + 0.8 + 0.5 + 0.6) / 4, 12);
    expect(Array.from(errorsOf([0.9, 0.2, 0.5, 0.4], [1, 1, 0, 0]))).toEqual([0, 1, 1, 0]);
    expect(accuracyOf([0, 1, 1, 0])).toBe(0.5);
    expect(estimatedAccuracy([])).toBeNaN();
  });

  it('a calibrated model’s estimate matches its accuracy on average', () => {
    const rng = createRng(8);
    const p = Array.from({ length: 20_000 }, () => rng.next());
    const labels = p.map((q) => (rng.bernoulli(q) ? 1 : 0));
    expect(estimatedAccuracy(p)).toBeCloseTo(accuracyOf(errorsOf(p, labels)), 2);
  });
});

describe('bookkeeping', () => {
  it('grades PSI as stable, watch or act with the reader’s thresholds', () => {
    const settings = { psiWatch: 0.1, psiAct: 0.25 };
    expect([0.05, 0.1, 0.2, 0.25, 3].map((v) => psiLevelOf(v, settings))).toEqual(['stable', 'watch', 'watch', 'act', 'act']);
  });

  it('takes the newest rows across blocks, in order', () => {
    const window = lastRows([block(0, 5), block(100, 3), block(200, 4)], 6);
    expect(Array.from(window.numeric[0]!)).toEqual([101, 102, 200, 201, 202, 203]);
    expect(lastRows([block(0, 2)], 5).size).toBe(2);
    expect(concatRows([block(0, 2), block(7, 1)]).numeric[0]).toEqual(Float64Array.from([0, 1, 7]));
  });

  it('lists every alert source of the param table and evaluates each one', () => {
    expect([...ALERT_SOURCES]).toEqual(params.specs.alertOn.options.map((option) => option.value));
    const check: BatchCheck = { columns: [], driftedColumns: 1, share: 0.2, datasetDrift: false, perTestAlpha: 0.05 };
    const signals: AlertSignals = { check, auc: 0.71, estimatedAccuracy: 0.9, referenceEstimate: 0.93, detectors: { ...NO_READINGS, ddm: 'drift', adwin: 'warning' } };
    expect(alarmsBySource(signals, { aucThreshold: 0.6, accuracyDrop: 0.05 })).toEqual({
      'dataset-drift': false,
      'any-feature': true,
      psi: false,
      'domain-classifier': true,
      'estimated-accuracy': false,
      adwin: false,
      'page-hinkley': false,
      ddm: true,
    });
  });

  it('counts missed-drift errors until the first alert on a drifted batch, unless alerts are ignored', () => {
    const costs = noCosts();
    bookBatch(costs, { batch: 1, driftActive: false, alert: true, errors: 9 }, 'alert');
    bookBatch(costs, { batch: 2, driftActive: true, alert: false, errors: 5 }, 'alert');
    bookBatch(costs, { batch: 3, driftActive: true, alert: true, errors: 6 }, 'alert');
    bookBatch(costs, { batch: 4, driftActive: true, alert: false, errors: 7 }, 'alert');
    expect(costs).toMatchObject({ alerts: 2, falseAlarms: 1, detectedAt: 3, missedDriftErrors: 11 });
    const ignored = noCosts();
    bookBatch(ignored, { batch: 1, driftActive: true, alert: true, errors: 5 }, 'ignore');
    bookBatch(ignored, { batch: 2, driftActive: true, alert: true, errors: 6 }, 'ignore');
    expect(ignored).toMatchObject({ alerts: 2, detectedAt: null, missedDriftErrors: 11 });
  });

  it('draws arrival hours in [0, 24) that follow the daily cycle', () => {
    const rng = createRng(4);
    const draw = hourSampler();
    const hours = Array.from({ length: 20_000 }, () => draw(rng));
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...hours)).toBeLessThan(24);
    const between = (a: number, b: number) => hours.filter((h) => h >= a && h < b).length / hours.length;
    // Rate 1 + 0.6·shape: 1.6× the mean at 13:00, 0.4× at 04:00, per hour of the day.
    expect(between(12.5, 13.5) * 24).toBeCloseTo(1.6, 1);
    expect(between(3.5, 4.5) * 24).toBeCloseTo(0.4, 1);
    expect(() => hourSampler(4)).toThrow(/Peak hour/);
  });
});
