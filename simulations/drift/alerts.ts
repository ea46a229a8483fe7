// Which detectors alarm on a batch, compared side by side, and whether the one the reader chose raises the alert.
import type { DetectorReadings, ErrorDetectorName } from './error-detectors';
import type { BatchCheck } from './feature-checks';
import type { AlertSource, DriftParams } from './params';

/** Every detector that can drive the alert, in the order the settings list them (kept as a literal so the engine needs no zod). */
export const ALERT_SOURCES = ['dataset-drift', 'any-feature', 'psi', 'domain-classifier', 'estimated-accuracy', 'adwin', 'page-hinkley', 'ddm'] as const satisfies readonly AlertSource[];

export interface AlertSignals {
  check: BatchCheck;
  /** Domain classifier held-out AUC; NaN when it could not be computed. */
  auc: number;
  estimatedAccuracy: number;
  /** The estimate on the reference window, the baseline a drop is measured from. */
  referenceEstimate: number;
  /** Error-stream detectors; null entries heard no labels this step. */
  detectors: DetectorReadings;
}

const STREAM_DETECTOR: Partial<Record<AlertSource, ErrorDetectorName>> = { adwin: 'adwin', 'page-hinkley': 'pageHinkley', ddm: 'ddm' };

/** What each detector says about this batch, so they can be compared side by side whichever one drives the alert. */
export function alarmsBySource(signals: AlertSignals, settings: Pick<DriftParams, 'aucThreshold' | 'accuracyDrop'>): Record<AlertSource, boolean> {
  return Object.fromEntries(ALERT_SOURCES.map((source) => [source, alertFires(source, signals, settings)])) as Record<AlertSource, boolean>;
}

export function alertFires(source: AlertSource, signals: AlertSignals, settings: Pick<DriftParams, 'aucThreshold' | 'accuracyDrop'>): boolean {
  const { check } = signals;
  switch (source) {
    case 'dataset-drift':
      return check.datasetDrift;
    case 'any-feature':
      return check.driftedColumns > 0;
    case 'psi':
      return check.columns.some((column) => column.psiLevel === 'act');
    case 'domain-classifier':
      return signals.auc >= settings.aucThreshold;
    case 'estimated-accuracy':
      return signals.estimatedAccuracy <= signals.referenceEstimate - settings.accuracyDrop;
    default:
      return signals.detectors[STREAM_DETECTOR[source]!] === 'drift';
  }
}
