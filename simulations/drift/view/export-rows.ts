// "Download run" rows: one per batch with every detector's reading, then each column's check, flat for a notebook.
import type { TraceRow } from '../../core/export';
import { ALERT_SOURCES } from '../alerts';
import type { DriftSnapshot } from '../snapshot';

const snake = (name: string) => name.replaceAll('-', '_');

export function exportRows(snapshot: Pick<DriftSnapshot, 'history'>): TraceRow[] {
  return snapshot.history.map((point) => {
    const row: Record<string, string | number | boolean | null> = {
      batch: point.batch,
      weekday: point.weekday,
      drift_active: point.driftActive,
      rows: point.rows,
      drifted_columns: point.driftedColumns,
      drift_share: point.driftShare,
      dataset_drift: point.datasetDrift,
      domain_auc: point.auc,
      estimated_accuracy: point.estimatedAccuracy,
      true_accuracy: point.trueAccuracy,
      predicted_spam_share: point.predictedSpamShare,
      labels_for_batch: point.labelsFor,
      adwin: point.detectors.adwin,
      page_hinkley: point.detectors.pageHinkley,
      ddm: point.detectors.ddm,
    };
    for (const source of ALERT_SOURCES) row[`alarm_${snake(source)}`] = point.alarms[source];
    row.alert = point.alert;
    row.false_alarm = point.falseAlarm;
    row.retrained = point.retrained;
    for (const check of point.columns) {
      row[`${check.column}_test`] = check.test;
      row[`${check.column}_score`] = check.statistic;
      row[`${check.column}_threshold`] = check.threshold;
      row[`${check.column}_drifted`] = check.drifted;
      row[`${check.column}_p_value`] = check.pValue;
      row[`${check.column}_distance`] = check.distance;
      row[`${check.column}_psi`] = check.psi;
    }
    return row;
  });
}
