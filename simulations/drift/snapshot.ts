// What the drift engine hands the page after each step: plain, structured-cloneable data, drawn as-is.
import type { Costs } from './costs';
import type { AlertSource } from './params';
import type { DetectorReadings } from './error-detectors';
import type { FeatureCheck, FeatureHistogram } from './feature-checks';
import type { FeatureInfo } from './features';

export interface BatchPoint {
  /** 1-based; one batch per day. */
  batch: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Whether the scenario injected drift into this batch (the truth, hidden from the monitor). */
  driftActive: boolean;
  rows: number;
  /** One entry per monitored column, in `DriftSnapshot.features` order. */
  columns: FeatureCheck[];
  driftedColumns: number;
  driftShare: number;
  datasetDrift: boolean;
  /** Domain classifier held-out ROC AUC (reference vs this batch); null when the batch was too small. */
  auc: number | null;
  /** Confidence-based (CBPE-style) accuracy estimate, available at once. */
  estimatedAccuracy: number;
  /** True accuracy, null until the batch's labels arrive `labelDelay` batches later. */
  trueAccuracy: number | null;
  /** Share of the batch the model sent to spam. */
  predictedSpamShare: number;
  /** The batch whose labels arrived at this step (and were fed to the error-stream detectors), or null. */
  labelsFor: number | null;
  detectors: DetectorReadings;
  /** Whether each detector would have alerted on this batch (the chosen one drives `alert`). */
  alarms: Record<AlertSource, boolean>;
  alert: boolean;
  falseAlarm: boolean;
  /** The model was retrained at the end of this step (the next batch is served by the new one). */
  retrained: boolean;
}

export interface ReferenceInfo {
  rows: number;
  /** 0 for the original training data, else the batch whose alert replaced it. */
  since: number;
  /** The model's accuracy and confidence-based estimate on its own training window. */
  accuracy: number;
  estimatedAccuracy: number;
}

export interface DetectorRecord {
  /** Batches on which it alarmed. */
  alarms: number;
  /** Alarms on batches without drift. */
  falseAlarms: number;
  /** First drifted batch on which it alarmed; null if it has not (yet). */
  firstDriftAlarm: number | null;
}

export interface DriftSnapshot {
  /** Batches produced so far. */
  batch: number;
  batches: number;
  /** First drifted batch, or null when the scenario injects no drift (none, seasonality). */
  driftStart: number | null;
  labelDelay: number;
  features: FeatureInfo[];
  history: BatchPoint[];
  /** Reference vs latest batch, per column; empty before the first batch. */
  histograms: FeatureHistogram[];
  reference: ReferenceInfo;
  costs: Costs;
  /** Every detector's record over the run so far, for comparing them side by side. */
  detectorRecords: Record<AlertSource, DetectorRecord>;
  /** Live TF.js tensors: must stay flat from step to step (leak guard). */
  tensors: number;
}
