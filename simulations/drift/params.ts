// The drift simulation's one param table: scenario, batches, tests and thresholds, alerting and the action taken.
import { boolParam, choiceParam, defineParams, intParam, numberParam, seedParam, type ParamValues } from '../core/params';

export const params = defineParams({
  // What happens to the mail.
  scenario: choiceParam({
    key: 'scenario',
    label: 'Scenario',
    default: 'covariate',
    options: [
      { value: 'none', label: 'No drift' },
      { value: 'covariate', label: 'Covariate drift (messages get longer)' },
      { value: 'prior', label: 'Prior shift (more of the mail is spam)' },
      { value: 'concept', label: 'Concept drift (spam that looks like ham)' },
      { value: 'seasonality', label: 'Seasonality (a weekly cycle, not drift)' },
      { value: 'broken-feature', label: 'Broken upstream feature' },
      { value: 'butterfly', label: 'Butterfly (only a correlation changes)' },
    ],
    help: 'What changes in production from the drift start on. Seasonality is there from the first day: weekends differ from weekdays, and the training data covers whole weeks.',
  }),
  driftStrength: numberParam({
    key: 'strength',
    label: 'Drift strength',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    help: 'How big the change is, from 0 (none) to 1. At 1: messages are twice as long; spam goes from 30 % to 90 % of mail; 40 % of ham-looking mail is spam; weekends have 30 points more spam and write 4 h later; every row has the broken feature; two features become almost rank-aligned.',
  }),
  driftStart: intParam({ key: 'start', label: 'Drift starts at batch', default: 20, min: 1, max: 1000, unit: 'batch', help: 'The first production batch that carries the drift. Batches before it look like the training data.' }),
  fault: choiceParam({
    key: 'fault',
    label: 'Broken feature fault',
    default: 'unit',
    options: [
      { value: 'unit', label: 'Unit change (reputation sent in percent)' },
      { value: 'nulls', label: 'Nulls (reputation missing, filled with 0)' },
    ],
    help: 'What the upstream service does wrong in the broken-feature scenario: send sender reputation as 0–100 instead of 0–1, or send nothing, which the pipeline fills with 0.',
  }),
  extraFeatures: intParam({ key: 'extra', label: 'Extra monitored columns', default: 0, min: 0, max: 30, unit: 'columns', help: 'Columns logged next to each message that have nothing to do with spam (client metrics). They never drift and the model ignores them, but each one is tested, so each adds chances of a false alarm.' }),
  // The data the monitor sees.
  batchSize: intParam({ key: 'batch', label: 'Rows per batch', default: 500, min: 100, max: 20_000, step: 100, unit: 'rows', help: 'Messages in one production batch; one batch stands for one day of mail. With many rows a test detects even a negligible change.' }),
  referenceSize: intParam({ key: 'ref', label: 'Reference rows', default: 2000, min: 200, max: 20_000, step: 100, unit: 'rows', help: 'The reference window: the labelled mail the model was trained on, which every batch is compared with.' }),
  labelDelay: intParam({ key: 'delay', label: 'Label delay', default: 3, min: 0, max: 30, unit: 'batches (days)', help: 'How many batches pass before the true labels of a batch are known (users report spam, reviewers check). Until then its accuracy can only be estimated.' }),
  // How drift is tested.
  testFamily: choiceParam({
    key: 'tests',
    label: 'Per-feature check',
    default: 'auto',
    options: [
      { value: 'auto', label: 'Evidently’s rule (tests up to 1,000 reference rows, distances above)' },
      { value: 'tests', label: 'Statistical tests (KS, chi-square)' },
      { value: 'distances', label: 'Distances (normed Wasserstein, Jensen–Shannon)' },
    ],
    help: 'Which check decides whether a column drifted. Tests ask "could this be chance?" and answer yes less often the more rows there are; distances ask "how far did it move?".',
  }),
  alpha: numberParam({ key: 'alpha', label: 'Significance level α', default: 0.05, min: 0.001, max: 0.2, step: 0.001, scale: 'log', help: 'A test flags a column when its p-value is at or below α. Even with no drift, each test flags about this share of batches.' }),
  bonferroni: boolParam({ key: 'bonf', label: 'Bonferroni correction', default: false, help: 'Test each of the k columns at α / k, so the chance of any false alarm in a batch stays near α instead of growing with the number of columns.' }),
  distanceThreshold: numberParam({ key: 'dist', label: 'Distance threshold', default: 0.1, min: 0.01, max: 0.5, step: 0.01, help: 'A distance flags a column at or above this. Wasserstein is in reference standard deviations; Jensen–Shannon uses the natural log. Evidently’s default is 0.1.' }),
  psiWatch: numberParam({ key: 'psiw', label: 'PSI: watch from', default: 0.1, min: 0.01, max: 1, step: 0.01, help: 'Rule of thumb: a population stability index below this is stable.' }),
  psiAct: numberParam({ key: 'psia', label: 'PSI: act from', default: 0.25, min: 0.02, max: 2, step: 0.01, help: 'Rule of thumb: from this PSI on the population has shifted enough to investigate or retrain.' }),
  aucThreshold: numberParam({ key: 'auc', label: 'Domain classifier: alert AUC', default: 0.6, min: 0.5, max: 1, step: 0.01, help: 'A classifier is trained to tell reference rows from the batch; a held-out ROC AUC at or above this means they differ. 0.5 is a coin toss.' }),
  accuracyDrop: numberParam({ key: 'drop', label: 'Alert on estimated drop of', default: 0.05, min: 0.01, max: 0.3, step: 0.01, help: 'The estimated-accuracy alert fires when the confidence-based estimate falls this far below its value on the reference.' }),
  // What happens on an alert.
  alertOn: choiceParam({
    key: 'alert',
    label: 'Alert on',
    default: 'dataset-drift',
    options: [
      { value: 'dataset-drift', label: 'Dataset drift (half the columns drifted)' },
      { value: 'any-feature', label: 'Any column drifted' },
      { value: 'psi', label: 'Any PSI at the act level' },
      { value: 'domain-classifier', label: 'Domain classifier AUC' },
      { value: 'estimated-accuracy', label: 'Estimated accuracy (no labels)' },
      { value: 'adwin', label: 'ADWIN on the error stream' },
      { value: 'page-hinkley', label: 'Page-Hinkley on the error stream' },
      { value: 'ddm', label: 'DDM on the error stream' },
    ],
    help: 'Which detector pages the on-call engineer. The error-stream detectors only hear about a batch once its labels arrive.',
  }),
  policy: choiceParam({
    key: 'policy',
    label: 'On alert',
    default: 'alert',
    options: [
      { value: 'alert', label: 'Alert a human' },
      { value: 'retrain', label: 'Retrain on the most recent labelled data' },
      { value: 'ignore', label: 'Ignore alerts' },
    ],
    help: 'Retraining uses the newest rows whose labels have arrived (as many as the reference) and makes them the new reference. Ignoring alerts leaves drift undetected for good.',
  }),
  // The run.
  batches: intParam({ key: 'run', label: 'Run length', default: 60, min: 5, max: 1000, unit: 'batches (days)', help: 'How many production batches the run covers: up to 1,000 days, almost three years of mail.' }),
  seed: seedParam(),
});

export type DriftParams = ParamValues<typeof params>;
export type DriftScenario = DriftParams['scenario'];
export type AlertSource = DriftParams['alertOn'];

/** How the settings panel groups the params. */
export const PARAM_GROUPS: readonly { title: string; names: readonly (keyof DriftParams)[] }[] = [
  { title: 'Scenario', names: ['scenario', 'driftStrength', 'driftStart', 'fault', 'extraFeatures'] },
  { title: 'Data', names: ['batchSize', 'referenceSize', 'labelDelay'] },
  { title: 'Drift checks', names: ['testFamily', 'alpha', 'bonferroni', 'distanceThreshold', 'psiWatch', 'psiAct', 'aucThreshold', 'accuracyDrop'] },
  { title: 'Alerts and actions', names: ['alertOn', 'policy'] },
  { title: 'Run', names: ['batches', 'seed'] },
];
