// The drift engine: a served spam model, a daily production batch, every drift check on it, late labels, alerts and their costs.
import type { SimEngine } from '../core/engine';
import { createRng, type Rng } from '../core/rng';
import { loadTf, type Tf } from '../core/tf';
import { ALERT_SOURCES, alarmsBySource } from './alerts';
import { bookBatch, bookRetrain, noCosts, type Costs } from './costs';
import { domainClassifierCheck } from './domain-classifier';
import { NO_READINGS, createErrorDetectors, type DetectorReadings, type ErrorDetectors } from './error-detectors';
import { checkBatch, featureHistograms } from './feature-checks';
import { featureList, lastRows, type FeatureInfo, type Rows } from './features';
import type { AlertSource, DriftParams } from './params';
import { THRESHOLD, accuracyOf, errorCount, errorsOf, estimatedAccuracy } from './performance';
import { createScenario, type ScenarioSource } from './scenarios';
import { trainServedModel, type ServedModel } from './served-model';
import type { BatchPoint, DetectorRecord, DriftSnapshot, ReferenceInfo } from './snapshot';

interface AwaitingLabels {
  point: BatchPoint;
  rows: Rows;
  errors: Uint8Array;
}

export interface DriftState {
  tf: Tf;
  rng: Rng;
  source: ScenarioSource;
  features: FeatureInfo[];
  /** The original training window: the oldest labelled data a retrain can fall back on. */
  training: Rows;
  /** What every batch is compared with: the served model's training window. */
  reference: Rows;
  referenceInfo: ReferenceInfo;
  model: ServedModel;
  detectors: ErrorDetectors;
  /** Batches served whose labels have not arrived yet, oldest first. */
  awaiting: AwaitingLabels[];
  /** The newest labelled batches, oldest first, enough to fill a reference window. */
  labelled: Rows[];
  history: BatchPoint[];
  /** The newest batch and the reference it was checked against (a retrain may have replaced the reference since). */
  latest: { rows: Rows; reference: Rows } | null;
  costs: Costs;
}

/**
 * Scenario, strength, drift start, fault, extra columns and reference size shape the data and are
 * read at init; the rest (batch size, delay, checks, thresholds, alerting, policy) is read every step.
 */
export const driftEngine: SimEngine<DriftParams, DriftState, DriftSnapshot> = {
  async init(p, seed) {
    const tf = await loadTf();
    const rng = createRng(seed).fork('drift-engine');
    const source = createScenario(p, seed);
    const training = source.reference(p.referenceSize);
    const model = trainServedModel(tf, training, rng.fork('model:0'));
    return {
      tf,
      rng,
      source,
      features: featureList(p.extraFeatures),
      training,
      reference: training,
      referenceInfo: describeReference(model, training, 0),
      model,
      detectors: createErrorDetectors(),
      awaiting: [],
      labelled: [],
      history: [],
      latest: null,
      costs: noCosts(),
    };
  },

  step(state, p) {
    const batch = state.history.length + 1;
    const rows = state.source.batch(batch, p.batchSize);
    const check = checkBatch(state.features, state.reference, rows, p);
    const domain = domainClassifierCheck(state.tf, state.reference, rows, state.rng.fork(`domain:${batch}`));
    const probabilities = state.model.predict(rows);
    const errors = errorsOf(probabilities, rows.spam);
    const point: BatchPoint = {
      batch,
      weekday: state.source.weekday(batch),
      driftActive: state.source.driftActive(batch),
      rows: rows.size,
      columns: check.columns,
      driftedColumns: check.driftedColumns,
      driftShare: check.share,
      datasetDrift: check.datasetDrift,
      auc: Number.isNaN(domain.auc) ? null : domain.auc,
      estimatedAccuracy: estimatedAccuracy(probabilities),
      trueAccuracy: null,
      predictedSpamShare: probabilities.reduce((sum, q) => sum + (q >= THRESHOLD ? 1 : 0), 0) / rows.size,
      labelsFor: null,
      detectors: { ...NO_READINGS },
      alarms: noAlarms(),
      alert: false,
      falseAlarm: false,
      retrained: false,
    };
    state.history.push(point);
    state.latest = { rows, reference: state.reference };
    state.awaiting.push({ point, rows, errors });
    revealLabels(state, point, batch - p.labelDelay, p.referenceSize);

    point.alarms = alarmsBySource({ check, auc: domain.auc, estimatedAccuracy: point.estimatedAccuracy, referenceEstimate: state.referenceInfo.estimatedAccuracy, detectors: point.detectors }, p);
    point.alert = point.alarms[p.alertOn];
    point.falseAlarm = bookBatch(state.costs, { batch, driftActive: point.driftActive, alert: point.alert, errors: errorCount(errors) }, p.policy).falseAlarm;
    if (point.alert && p.policy === 'retrain') {
      retrain(state, batch, p.referenceSize);
      bookRetrain(state.costs, state.reference.size, point.falseAlarm);
      point.retrained = true;
    }
    return state;
  },

  snapshot(state, p) {
    return {
      batch: state.history.length,
      batches: p.batches,
      driftStart: state.source.driftActive(state.source.config.driftStart) ? state.source.config.driftStart : null,
      labelDelay: p.labelDelay,
      features: state.features.map((feature) => ({ ...feature })),
      // Points are copied because a point's true accuracy is filled in later, when its labels arrive.
      history: state.history.map((point) => ({ ...point, detectors: { ...point.detectors }, alarms: { ...point.alarms } })),
      histograms: state.latest ? featureHistograms(state.features, state.latest.reference, state.latest.rows) : [],
      reference: { ...state.referenceInfo },
      costs: { ...state.costs },
      detectorRecords: detectorRecords(state.history),
      tensors: state.tf.memory().numTensors,
    };
  },

  finished: (state, p) => state.history.length >= p.batches,

  dispose: (state) => state.model.dispose(),
};

/**
 * Labels of every batch up to `upTo` arrive now: each gets its true accuracy, its errors go to the
 * error-stream detectors (recorded on `now`, the step they arrived at) and its rows join the
 * labelled window a retrain would use.
 */
function revealLabels(state: DriftState, now: BatchPoint, upTo: number, keepRows: number): void {
  while (state.awaiting.length > 0 && state.awaiting[0]!.point.batch <= upTo) {
    const { point, rows, errors } = state.awaiting.shift()!;
    point.trueAccuracy = accuracyOf(errors);
    now.detectors = strongest(now.labelsFor === null ? null : now.detectors, state.detectors.feed(errors));
    now.labelsFor = point.batch;
    state.labelled.push(rows);
    let kept = state.labelled.reduce((sum, block) => sum + block.size, 0);
    while (state.labelled.length > 1 && kept - state.labelled[0]!.size >= keepRows) kept -= state.labelled.shift()!.size;
  }
}

function strongest(a: DetectorReadings | null, b: DetectorReadings): DetectorReadings {
  if (a === null) return b;
  const rank = { stable: 0, warning: 1, drift: 2 } as const;
  const pick = (x: DetectorReadings[keyof DetectorReadings], y: DetectorReadings[keyof DetectorReadings]) => (x === null ? y : y === null ? x : rank[x] >= rank[y] ? x : y);
  return { adwin: pick(a.adwin, b.adwin), pageHinkley: pick(a.pageHinkley, b.pageHinkley), ddm: pick(a.ddm, b.ddm) };
}

/** Retrains on the newest labelled rows (topped up from the training data), which become the new reference. */
function retrain(state: DriftState, batch: number, size: number): void {
  const window = lastRows([state.training, ...state.labelled], size);
  const model = trainServedModel(state.tf, window, state.rng.fork(`model:${batch}`));
  state.model.dispose();
  state.model = model;
  state.reference = window;
  state.referenceInfo = describeReference(model, window, batch);
  state.detectors.reset();
}

const noAlarms = () => Object.fromEntries(ALERT_SOURCES.map((source) => [source, false])) as Record<AlertSource, boolean>;

/** Alarms, false alarms and first drift detection of every detector over the history. */
function detectorRecords(history: readonly BatchPoint[]): Record<AlertSource, DetectorRecord> {
  const records = Object.fromEntries(ALERT_SOURCES.map((source) => [source, { alarms: 0, falseAlarms: 0, firstDriftAlarm: null }])) as Record<AlertSource, DetectorRecord>;
  for (const point of history) {
    for (const source of ALERT_SOURCES) {
      if (!point.alarms[source]) continue;
      const record = records[source];
      record.alarms += 1;
      if (!point.driftActive) record.falseAlarms += 1;
      else record.firstDriftAlarm ??= point.batch;
    }
  }
  return records;
}

function describeReference(model: ServedModel, rows: Rows, since: number): ReferenceInfo {
  const probabilities = model.predict(rows);
  return { rows: rows.size, since, accuracy: accuracyOf(errorsOf(probabilities, rows.spam)), estimatedAccuracy: estimatedAccuracy(probabilities) };
}
