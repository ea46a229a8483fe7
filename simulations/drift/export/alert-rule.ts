// The drift settings as a Prometheus alerting-rule file over gauges a drift job would export, with runbook notes to adapt.
import { stringify } from 'yaml';
import { DETECTOR_DEFAULTS } from '../detectors/detector';
import { maxRowsForTests, type CheckSettings } from '../feature-checks';
import type { AlertSource, DriftParams } from '../params';
import { DEFAULT_DATASET_DRIFT_SHARE, defaultDriftTest, type DriftTestName } from '../stats/feature-drift';
import type { ExportColumn } from './evidently-config';

/** The simulation's detector settings, the monitored columns, and how to name and time the rules. */
export interface AlertRuleSettings extends CheckSettings, Pick<DriftParams, 'aucThreshold' | 'accuracyDrop' | 'alertOn' | 'policy'> {
  /** The monitored columns; their kinds and the reference size decide which score each gets. */
  columns: readonly ExportColumn[];
  referenceRows: number;
  /** Default 0.5, Evidently's. */
  datasetDriftShare?: number;
  /** Batches (days) before labels arrive; mentioned in the error-stream runbooks. */
  labelDelay?: number;
  /** Metric-name prefix of the gauges; default "relay". */
  metricPrefix?: string;
  /** How long a condition must hold before the alert fires (a Prometheus duration); default DEFAULT_FOR. */
  forDuration?: string;
}

/** One Prometheus alerting rule, as in a rule file. */
export interface PrometheusAlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: { summary: string; description: string; runbook: string };
}

/** A Prometheus rule file: `promtool check rules` accepts this shape. */
export interface PrometheusRuleFile {
  groups: { name: string; rules: PrometheusAlertRule[] }[];
}

/**
 * The gauges don't change between batches, so `for` only keeps a half-written batch or one odd
 * scrape from paging anyone. Five minutes is the common choice for such rules.
 */
export const DEFAULT_FOR = '5m';
/** The gauges' prefix: the course's mail service is called Relay. */
export const DEFAULT_METRIC_PREFIX = 'relay';

const DURATION = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
const METRIC_PREFIX = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const P_VALUE_TESTS: readonly DriftTestName[] = ['ks', 'chisquare'];

/** The gauges the rules read, with what the drift job should set each to after every batch (for the file header and the view). */
export function alertMetrics(prefix = DEFAULT_METRIC_PREFIX): { name: string; help: string }[] {
  return [
    { name: `${prefix}_feature_drift_score{feature,stattest}`, help: 'the deciding score per column: a p-value for ks/chisquare, a distance for wasserstein/jensenshannon' },
    { name: `${prefix}_dataset_drift_share`, help: 'share of monitored columns that drifted in the latest batch (0–1)' },
    { name: `${prefix}_feature_psi{feature}`, help: 'population stability index per column against the reference' },
    { name: `${prefix}_domain_classifier_auc`, help: 'held-out ROC AUC of a classifier telling reference rows from the batch' },
    { name: `${prefix}_estimated_accuracy`, help: 'accuracy estimated from model confidence, without labels' },
    { name: `${prefix}_reference_estimated_accuracy`, help: 'the same estimate on the reference window' },
    { name: `${prefix}_error_detector_drift{detector}`, help: '1 while an error-stream detector (adwin, page_hinkley, ddm) is in drift, else 0' },
  ];
}

/**
 * One rule group with a rule per detector of the drift simulation, each using the current
 * thresholds. The detector chosen as the alert source gets `severity: page` (`none` when the
 * policy is to ignore alerts) and an `action` label with the policy; the others open tickets, and
 * PSI's "watch" band is informational. Annotations say what fired and what to check first.
 */
export function alertRules(settings: AlertRuleSettings): PrometheusRuleFile {
  const prefix = settings.metricPrefix ?? DEFAULT_METRIC_PREFIX;
  const forDuration = settings.forDuration ?? DEFAULT_FOR;
  if (!METRIC_PREFIX.test(prefix)) throw new Error(`The metric prefix must look like a Prometheus metric name (letters, digits, _), got "${prefix}".`);
  if (!DURATION.test(forDuration)) throw new Error(`"for" must be a Prometheus duration such as 5m or 1h30m, got "${forDuration}".`);
  if (settings.columns.length === 0) throw new Error('Alert rules need at least one monitored column.');
  const name = pascal(prefix);
  const m = (metric: string) => `${prefix}_${metric}`;
  const perTestAlpha = settings.bonferroni ? settings.alpha / settings.columns.length : settings.alpha;
  const driftShare = settings.datasetDriftShare ?? DEFAULT_DATASET_DRIFT_SHARE;
  const psiAct = Math.max(settings.psiWatch, settings.psiAct);
  const delay = settings.labelDelay === undefined ? 'after the label delay' : `${settings.labelDelay} batch(es) (days) later, when its labels arrive`;

  const tests = new Set(settings.columns.map((column) => defaultDriftTest(column.kind, settings.referenceRows, maxRowsForTests(settings.testFamily))));
  const pValueTests = [...tests].filter((test) => P_VALUE_TESTS.includes(test));
  const distances = [...tests].filter((test) => !P_VALUE_TESTS.includes(test));
  const featureExpr = [
    ...(pValueTests.length > 0 ? [`${m('feature_drift_score')}{${matcher('stattest', pValueTests)}} <= ${perTestAlpha}`] : []),
    ...(distances.length > 0 ? [`${m('feature_drift_score')}{${matcher('stattest', distances)}} >= ${settings.distanceThreshold}`] : []),
  ].join(' or ');
  const columnsByTest = settings.columns.map((column) => `${column.name} (${defaultDriftTest(column.kind, settings.referenceRows, maxRowsForTests(settings.testFamily))})`).join(', ');
  const alphaText = settings.bonferroni ? `α / k = ${settings.alpha} / ${settings.columns.length} = ${perTestAlpha} (Bonferroni)` : `α = ${settings.alpha}`;

  const rule = (source: AlertSource | 'psi-watch', alert: string, expr: string, annotations: PrometheusAlertRule['annotations']): PrometheusAlertRule => {
    const chosen = source === settings.alertOn;
    const severity = chosen ? (settings.policy === 'ignore' ? 'none' : 'page') : source === 'psi-watch' ? 'info' : 'ticket';
    const labels: Record<string, string> = { severity, detector: source };
    if (chosen) labels.action = settings.policy;
    return { alert: `${name}${alert}`, expr, for: forDuration, labels, annotations: chosen ? withAction(annotations, settings.policy) : annotations };
  };
  const stream = (source: 'adwin' | 'page-hinkley' | 'ddm', detector: keyof typeof DETECTOR_DEFAULTS, title: string, alert: string) =>
    rule(source, alert, `${m('error_detector_drift')}{detector="${source.replace('-', '_')}"} == 1`, {
      summary: `${title} on the model's error stream signals drift`,
      description: `${title} (${JSON.stringify(DETECTOR_DEFAULTS[detector].options)}) watches the 0/1 error of every labelled message. It hears about a batch only ${delay}, so this alert is late by design but sees concept drift that input checks cannot.`,
      runbook: 'Labelled accuracy really dropped. Find the batch where errors rose, compare it with the input-drift alerts of that time, and retrain on the most recent labelled window if the change persists.',
    });

  const rules: PrometheusAlertRule[] = [
    rule('dataset-drift', 'DatasetDrift', `${m('dataset_drift_share')} >= ${driftShare}`, {
      summary: 'Dataset drift: {{ $value | humanizePercentage }} of monitored columns drifted',
      description: `At least ${driftShare * 100} % of the ${settings.columns.length} monitored columns drifted in the latest batch (Evidently's dataset drift rule). Columns and their checks: ${columnsByTest}.`,
      runbook:
        'Open the batch drift report and list the drifted columns. Rule out the pipeline first: schema or unit changes, new nulls, a broken upstream feature. If the data really changed, wait for labelled accuracy before retraining: input drift alone does not mean the model got worse.',
    }),
    rule('any-feature', 'FeatureDrift', featureExpr, {
      summary: 'Column {{ $labels.feature }} drifted ({{ $labels.stattest }} = {{ $value }})',
      description: `A p-value at or below ${alphaText}, or a distance at or above ${settings.distanceThreshold}. With k columns tested at α each, about k·α false alarms per batch are expected when nothing changed.`,
      runbook: 'Compare the column’s reference and current histograms. A test on a large batch flags even negligible shifts, so look at the distance too before acting; check the upstream source of the column.',
    }),
    rule('psi', 'FeaturePsiAct', `${m('feature_psi')} >= ${psiAct}`, {
      summary: 'PSI of {{ $labels.feature }} is {{ $value }} (act level)',
      description: `Population stability index at or above ${psiAct}, the rule-of-thumb level for acting.`,
      runbook: 'The population shifted enough to investigate: find which bins moved, check the upstream source, and plan a retrain if the shift is real and lasting.',
    }),
    ...(settings.psiWatch < psiAct
      ? [
          rule('psi-watch', 'FeaturePsiWatch', `${m('feature_psi')} >= ${settings.psiWatch} and ${m('feature_psi')} < ${psiAct}`, {
            summary: 'PSI of {{ $labels.feature }} is {{ $value }} (watch level)',
            description: `Population stability index between ${settings.psiWatch} and ${psiAct}: a moderate shift.`,
            runbook: 'No action needed yet; watch whether it keeps rising over the next batches.',
          }),
        ]
      : []),
    rule('domain-classifier', 'DomainClassifierAuc', `${m('domain_classifier_auc')} >= ${settings.aucThreshold}`, {
      summary: 'A classifier tells the batch from the reference (AUC {{ $value }})',
      description: `Held-out ROC AUC at or above ${settings.aucThreshold}; 0.5 means the batch looks like the reference. It also catches drift in the relation between columns that per-column checks miss.`,
      runbook: 'Look at the classifier’s most useful features to see what changed, then treat it like dataset drift: rule out the pipeline, then wait for labelled accuracy.',
    }),
    rule('estimated-accuracy', 'EstimatedAccuracyDrop', `${m('reference_estimated_accuracy')} - ${m('estimated_accuracy')} >= ${settings.accuracyDrop}`, {
      summary: 'Estimated accuracy fell {{ $value | humanizePercentage }} below the reference',
      description: `Accuracy estimated from model confidence (no labels) is at least ${settings.accuracyDrop} below its value on the reference. It cannot see concept drift: the model stays confident while wrong.`,
      runbook: 'Check the model’s confidence histogram for the batch, and confirm with labelled accuracy when the labels arrive before retraining.',
    }),
    stream('adwin', 'adwin', 'ADWIN', 'AdwinDrift'),
    stream('page-hinkley', 'pageHinkley', 'Page-Hinkley', 'PageHinkleyDrift'),
    stream('ddm', 'ddm', 'DDM', 'DdmDrift'),
  ];
  return { groups: [{ name: `${prefix}-drift`, rules }] };
}

/** alertRules(settings) as YAML, with a header listing the gauges to export; parsing it back gives the same object. */
export function alertRulesYaml(settings: AlertRuleSettings): string {
  const file = alertRules(settings);
  const header = [
    '# Prometheus alerting rules exported from Shipping ML. A sketch to adapt: the gauges below are',
    '# hypothetical; your drift job should set them after every batch. Check with: promtool check rules <file>',
    ...alertMetrics(settings.metricPrefix).map((metric) => `#   ${metric.name}: ${metric.help}`),
  ];
  return `${header.join('\n')}\n${stringify(file, { lineWidth: 0 })}`;
}

function withAction(annotations: PrometheusAlertRule['annotations'], policy: DriftParams['policy']): PrometheusAlertRule['annotations'] {
  const action = {
    alert: 'This is the alert that pages: a human decides.',
    retrain: 'This alert triggers an automatic retrain on the most recent labelled rows; check the retrain ran, and that retrains are not thrashing.',
    ignore: 'Alerts from this detector are set to be ignored (severity none); drift it detects goes unhandled.',
  }[policy];
  return { ...annotations, runbook: `${action} ${annotations.runbook}` };
}

/** A label matcher: exact for one value, a regex alternation for several (the values here are plain words). */
function matcher(label: string, values: readonly string[]): string {
  return values.length === 1 ? `${label}="${values[0]}"` : `${label}=~"${values.join('|')}"`;
}

function pascal(prefix: string): string {
  return prefix
    .split('_')
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
