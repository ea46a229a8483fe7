// The Prometheus alert-rule export: a valid rule-file shape, expressions whose thresholds follow the settings, and YAML that parses back unchanged.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { alertMetrics, alertRules, alertRulesYaml, type AlertRuleSettings, type PrometheusAlertRule } from '../../../../simulations/drift/export/alert-rule';

const SETTINGS: AlertRuleSettings = {
  testFamily: 'auto',
  alpha: 0.05,
  bonferroni: false,
  distanceThreshold: 0.1,
  psiWatch: 0.1,
  psiAct: 0.25,
  aucThreshold: 0.6,
  accuracyDrop: 0.05,
  alertOn: 'dataset-drift',
  policy: 'alert',
  labelDelay: 3,
  referenceRows: 2000,
  columns: [
    { name: 'length', kind: 'numeric' },
    { name: 'links', kind: 'numeric' },
    { name: 'reputation', kind: 'numeric' },
    { name: 'language', kind: 'categorical' },
  ],
};

const rulesOf = (settings: AlertRuleSettings) => alertRules(settings).groups[0]!.rules;
const ruleNamed = (settings: AlertRuleSettings, alert: string) => rulesOf(settings).find((rule) => rule.alert === alert)!;

/** What Prometheus requires of an alerting rule in a rule file (see its rule-file docs). */
function expectValidRule(rule: PrometheusAlertRule) {
  expect(Object.keys(rule).sort()).toEqual(['alert', 'annotations', 'expr', 'for', 'labels']);
  expect(rule.alert).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
  expect(typeof rule.expr).toBe('string');
  expect(rule.expr.length).toBeGreaterThan(0);
  expect(rule.for).toMatch(/^(\d+(ms|s|m|h|d|w|y))+$/);
  for (const map of [rule.labels, rule.annotations]) for (const [key, value] of Object.entries(map)) {
    expect(key).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
    expect(typeof value).toBe('string');
  }
}

describe('alertRulesYaml', () => {
  const yaml = alertRulesYaml(SETTINGS);
  const file = parse(yaml) as unknown;

  it('parses back to the rule object', () => {
    expect(file).toEqual(alertRules(SETTINGS));
  });

  it('has the rule-file structure: groups of named rules', () => {
    const groups = (file as { groups: { name: string; rules: PrometheusAlertRule[] }[] }).groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('relay-drift');
    expect(groups[0]!.rules.map((rule) => rule.alert)).toEqual([
      'RelayDatasetDrift',
      'RelayFeatureDrift',
      'RelayFeaturePsiAct',
      'RelayFeaturePsiWatch',
      'RelayDomainClassifierAuc',
      'RelayEstimatedAccuracyDrop',
      'RelayAdwinDrift',
      'RelayPageHinkleyDrift',
      'RelayDdmDrift',
    ]);
    groups[0]!.rules.forEach(expectValidRule);
  });

  it('lists the gauges to export in its header', () => {
    for (const metric of alertMetrics()) expect(yaml).toContain(`#   ${metric.name}: ${metric.help}\n`);
  });
});

describe('thresholds follow the settings', () => {
  it('writes the defaults into the expressions', () => {
    expect(rulesOf(SETTINGS).map((rule) => rule.expr)).toEqual([
      'relay_dataset_drift_share >= 0.5',
      'relay_feature_drift_score{stattest=~"wasserstein|jensenshannon"} >= 0.1',
      'relay_feature_psi >= 0.25',
      'relay_feature_psi >= 0.1 and relay_feature_psi < 0.25',
      'relay_domain_classifier_auc >= 0.6',
      'relay_reference_estimated_accuracy - relay_estimated_accuracy >= 0.05',
      'relay_error_detector_drift{detector="adwin"} == 1',
      'relay_error_detector_drift{detector="page_hinkley"} == 1',
      'relay_error_detector_drift{detector="ddm"} == 1',
    ]);
  });

  it('moves every threshold with its setting', () => {
    const settings: AlertRuleSettings = { ...SETTINGS, datasetDriftShare: 0.3, distanceThreshold: 0.2, psiWatch: 0.15, psiAct: 0.4, aucThreshold: 0.75, accuracyDrop: 0.1 };
    expect(ruleNamed(settings, 'RelayDatasetDrift').expr).toBe('relay_dataset_drift_share >= 0.3');
    expect(ruleNamed(settings, 'RelayFeatureDrift').expr).toBe('relay_feature_drift_score{stattest=~"wasserstein|jensenshannon"} >= 0.2');
    expect(ruleNamed(settings, 'RelayFeaturePsiAct').expr).toBe('relay_feature_psi >= 0.4');
    expect(ruleNamed(settings, 'RelayFeaturePsiWatch').expr).toBe('relay_feature_psi >= 0.15 and relay_feature_psi < 0.4');
    expect(ruleNamed(settings, 'RelayDomainClassifierAuc').expr).toBe('relay_domain_classifier_auc >= 0.75');
    expect(ruleNamed(settings, 'RelayEstimatedAccuracyDrop').expr).toBe('relay_reference_estimated_accuracy - relay_estimated_accuracy >= 0.1');
  });

  it('tests p-values at α, or α / k with Bonferroni, when the checks are tests', () => {
    const small = { ...SETTINGS, referenceRows: 800 };
    expect(ruleNamed(small, 'RelayFeatureDrift').expr).toBe('relay_feature_drift_score{stattest=~"ks|chisquare"} <= 0.05');
    expect(ruleNamed({ ...small, bonferroni: true }, 'RelayFeatureDrift').expr).toBe('relay_feature_drift_score{stattest=~"ks|chisquare"} <= 0.0125');
    const numericOnly = { ...SETTINGS, testFamily: 'tests' as const, columns: SETTINGS.columns.slice(0, 3) };
    expect(ruleNamed(numericOnly, 'RelayFeatureDrift').expr).toBe('relay_feature_drift_score{stattest="ks"} <= 0.05');
  });

  it('drops the PSI watch band when it is not below the act level', () => {
    const alerts = rulesOf({ ...SETTINGS, psiWatch: 0.3, psiAct: 0.25 }).map((rule) => rule.alert);
    expect(alerts).not.toContain('RelayFeaturePsiWatch');
    expect(ruleNamed({ ...SETTINGS, psiWatch: 0.3, psiAct: 0.25 }, 'RelayFeaturePsiAct').expr).toBe('relay_feature_psi >= 0.3');
  });
});

describe('severity, action and naming', () => {
  it('pages for the chosen detector and opens tickets for the others', () => {
    const rules = rulesOf({ ...SETTINGS, alertOn: 'domain-classifier', policy: 'retrain' });
    const labels = Object.fromEntries(rules.map((rule) => [rule.alert, rule.labels]));
    expect(labels.RelayDomainClassifierAuc).toEqual({ severity: 'page', detector: 'domain-classifier', action: 'retrain' });
    expect(labels.RelayDatasetDrift).toEqual({ severity: 'ticket', detector: 'dataset-drift' });
    expect(labels.RelayFeaturePsiWatch).toEqual({ severity: 'info', detector: 'psi-watch' });
    expect(ruleNamed({ ...SETTINGS, alertOn: 'domain-classifier', policy: 'retrain' }, 'RelayDomainClassifierAuc').annotations.runbook).toMatch(/^This alert triggers an automatic retrain/);
  });

  it('gives an ignored alert severity none', () => {
    expect(ruleNamed({ ...SETTINGS, alertOn: 'ddm', policy: 'ignore' }, 'RelayDdmDrift').labels).toEqual({ severity: 'none', detector: 'ddm', action: 'ignore' });
  });

  it('names the label delay and detector settings in the error-stream rules', () => {
    const adwin = ruleNamed(SETTINGS, 'RelayAdwinDrift');
    expect(adwin.annotations.description).toContain('3 batch(es) (days) later');
    expect(adwin.annotations.description).toContain('"delta":0.002');
  });

  it('takes a metric prefix and a for duration, and refuses invalid ones', () => {
    const rules = rulesOf({ ...SETTINGS, metricPrefix: 'spam_filter', forDuration: '1h30m' });
    expect(rules[0]).toMatchObject({ alert: 'SpamFilterDatasetDrift', expr: 'spam_filter_dataset_drift_share >= 0.5', for: '1h30m' });
    expect(() => alertRules({ ...SETTINGS, metricPrefix: 'spam-filter' })).toThrow('The metric prefix must look like a Prometheus metric name (letters, digits, _), got "spam-filter".');
    expect(() => alertRules({ ...SETTINGS, forDuration: '5 minutes' })).toThrow('"for" must be a Prometheus duration such as 5m or 1h30m, got "5 minutes".');
    expect(() => alertRules({ ...SETTINGS, columns: [] })).toThrow('Alert rules need at least one monitored column.');
  });
});
