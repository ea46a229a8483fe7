// A hand-written DriftSnapshot for the drift view tests: three columns, six batches, drift from batch 4, labels 2 batches late.
import { ALERT_SOURCES } from '../../../../simulations/drift/alerts';
import type { FeatureCheck } from '../../../../simulations/drift/feature-checks';
import type { AlertSource } from '../../../../simulations/drift/params';
import type { BatchPoint, DetectorRecord, DriftSnapshot } from '../../../../simulations/drift/snapshot';

export function check(overrides: Partial<FeatureCheck> = {}): FeatureCheck {
  return { column: 'length', test: 'wasserstein', statistic: 0.04, threshold: 0.1, drifted: false, pValue: 0.4, distance: 0.04, psi: 0.02, psiLevel: 'stable', missingShare: 0, ...overrides };
}

const noAlarms = () => Object.fromEntries(ALERT_SOURCES.map((source) => [source, false])) as Record<AlertSource, boolean>;

export function point(batch: number, overrides: Partial<BatchPoint> = {}): BatchPoint {
  const driftActive = batch >= 4;
  const columns = [
    check({ column: 'length', statistic: driftActive ? 0.45 : 0.03, distance: driftActive ? 0.45 : 0.03, drifted: driftActive, psi: driftActive ? 0.6 : 0.01, psiLevel: driftActive ? 'act' : 'stable' }),
    check({ column: 'links', statistic: 0.05 }),
    check({ column: 'language', test: 'jensenshannon', statistic: batch === 2 ? 0.12 : 0.02, drifted: batch === 2, pValue: 0.3, distance: 0.02 }),
  ];
  const drifted = columns.filter((c) => c.drifted).length;
  return {
    batch,
    weekday: (batch - 1) % 7,
    driftActive,
    rows: 500,
    columns,
    driftedColumns: drifted,
    driftShare: drifted / columns.length,
    datasetDrift: false,
    auc: driftActive ? 0.78 : 0.51,
    estimatedAccuracy: 0.94,
    trueAccuracy: batch <= 4 ? (driftActive ? 0.8 : 0.95) : null,
    predictedSpamShare: 0.3,
    labelsFor: batch > 2 ? batch - 2 : null,
    detectors: batch > 2 ? { adwin: 'stable', pageHinkley: 'stable', ddm: batch === 6 ? 'drift' : batch === 5 ? 'warning' : 'stable' } : { adwin: null, pageHinkley: null, ddm: null },
    alarms: { ...noAlarms(), 'any-feature': drifted > 0, psi: driftActive, 'domain-classifier': driftActive, ddm: batch === 6 },
    alert: drifted > 0,
    falseAlarm: drifted > 0 && !driftActive,
    retrained: false,
    ...overrides,
  };
}

const record = (alarms: number, falseAlarms: number, firstDriftAlarm: number | null): DetectorRecord => ({ alarms, falseAlarms, firstDriftAlarm });

/** After `batches` batches (default 6) of 10, alerting on any column. */
export function driftSnapshot(batches = 6, overrides: Partial<DriftSnapshot> = {}): DriftSnapshot {
  const history = Array.from({ length: batches }, (_, i) => point(i + 1));
  const alerts = history.filter((p) => p.alert).length;
  const falseAlarms = history.filter((p) => p.falseAlarm).length;
  return {
    batch: batches,
    batches: 10,
    driftStart: 4,
    labelDelay: 2,
    features: [
      { name: 'length', label: 'Message length', kind: 'numeric', unit: 'words', modelInput: true },
      { name: 'links', label: 'Links', kind: 'numeric', unit: 'links', modelInput: true },
      { name: 'language', label: 'Language', kind: 'categorical', unit: '', modelInput: true },
    ],
    history,
    histograms: [
      { column: 'length', kind: 'numeric', edges: [0, 50, 100, 150], reference: [60, 30, 10], current: [20, 40, 40] },
      { column: 'links', kind: 'numeric', edges: [0, 1, 2], reference: [70, 30], current: [68, 32] },
      { column: 'language', kind: 'categorical', categories: ['en', 'de'], reference: [80, 20], current: [75, 25] },
    ],
    reference: { rows: 2000, since: 0, accuracy: 0.95, estimatedAccuracy: 0.94 },
    costs: { alerts, falseAlarms, retrains: 0, thrashRetrains: 0, retrainRows: 0, missedDriftErrors: 0, detectedAt: batches >= 4 ? 4 : null },
    detectorRecords: {
      ...(Object.fromEntries(ALERT_SOURCES.map((source) => [source, record(0, 0, null)])) as Record<AlertSource, DetectorRecord>),
      'any-feature': record(alerts, falseAlarms, batches >= 4 ? 4 : null),
      ddm: record(batches >= 6 ? 1 : 0, 0, batches >= 6 ? 6 : null),
    },
    tensors: 12,
    ...overrides,
  };
}
