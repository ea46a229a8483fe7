// The bill for a monitoring policy: false alarms, retraining (and its thrash), and errors made while drift went unnoticed.
import type { DriftParams } from './params';

export interface Costs {
  /** Batches that raised an alert. */
  alerts: number;
  /** Alerts on batches without drift (before the start, or in the no-drift and seasonality scenarios). */
  falseAlarms: number;
  retrains: number;
  /** Retrains triggered by a false alarm: thrash. */
  thrashRetrains: number;
  /** Rows the retrains trained on, summed: their compute bill. */
  retrainRows: number;
  /** Errors the model made on drifted batches before the drift was detected (for good, if alerts are ignored). */
  missedDriftErrors: number;
  /** First batch whose alert caught the drift; null while undetected. */
  detectedAt: number | null;
}

export const noCosts = (): Costs => ({ alerts: 0, falseAlarms: 0, retrains: 0, thrashRetrains: 0, retrainRows: 0, missedDriftErrors: 0, detectedAt: null });

export interface BatchOutcome {
  batch: number;
  driftActive: boolean;
  alert: boolean;
  /** Errors the model made on this batch (known to the simulation, not yet to the monitor). */
  errors: number;
}

/** Books one batch; returns whether its alert was a false alarm. A batch's errors count as missed if drift was not detected before it. */
export function bookBatch(costs: Costs, outcome: BatchOutcome, policy: DriftParams['policy']): { falseAlarm: boolean } {
  if (outcome.driftActive && costs.detectedAt === null) costs.missedDriftErrors += outcome.errors;
  if (!outcome.alert) return { falseAlarm: false };
  costs.alerts += 1;
  const falseAlarm = !outcome.driftActive;
  if (falseAlarm) costs.falseAlarms += 1;
  else if (costs.detectedAt === null && policy !== 'ignore') costs.detectedAt = outcome.batch;
  return { falseAlarm };
}

/** Books a retrain on `rows` rows. */
export function bookRetrain(costs: Costs, rows: number, falseAlarm: boolean): void {
  costs.retrains += 1;
  costs.retrainRows += rows;
  if (falseAlarm) costs.thrashRetrains += 1;
}
