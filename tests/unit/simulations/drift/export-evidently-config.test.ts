// The Evidently-style export: Evidently's names and stattests, thresholds that follow the settings, and JSON/YAML that parse back unchanged.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EVIDENTLY_YAML_HEADER, evidentlyConfig, evidentlyConfigJson, evidentlyConfigYaml, type EvidentlyExportSettings } from '../../../../simulations/drift/export/evidently-config';

const MAIL_COLUMNS = [
  { name: 'length', kind: 'numeric' },
  { name: 'links', kind: 'numeric' },
  { name: 'reputation', kind: 'numeric' },
  { name: 'language', kind: 'categorical' },
] as const;

/** The drift simulation's defaults: Evidently's rule, α = 0.05, distance 0.1, PSI 0.1 / 0.25, 2,000 reference rows. */
const DEFAULTS: EvidentlyExportSettings = {
  testFamily: 'auto',
  alpha: 0.05,
  bonferroni: false,
  distanceThreshold: 0.1,
  psiWatch: 0.1,
  psiAct: 0.25,
  columns: MAIL_COLUMNS,
  referenceRows: 2000,
  timeColumn: 'sent_at',
};

describe('evidentlyConfig', () => {
  it('mirrors a DataDriftTestPreset with Evidently’s default choice for 2,000 reference rows', () => {
    const config = evidentlyConfig(DEFAULTS);
    expect(config.column_mapping).toEqual({ numerical_features: ['length', 'links', 'reputation'], categorical_features: ['language'], datetime: 'sent_at' });
    expect(config.tests[0]).toEqual({
      test: 'DataDriftTestPreset',
      params: {
        columns: ['length', 'links', 'reputation', 'language'],
        drift_share: 0.5,
        num_stattest: 'wasserstein',
        num_stattest_threshold: 0.1,
        cat_stattest: 'jensenshannon',
        cat_stattest_threshold: 0.1,
        per_column_stattest: { length: 'wasserstein', links: 'wasserstein', reputation: 'wasserstein', language: 'jensenshannon' },
        per_column_stattest_threshold: { length: 0.1, links: 0.1, reputation: 0.1, language: 0.1 },
      },
    });
  });

  it('adds one PSI column test per column at the act threshold', () => {
    const config = evidentlyConfig({ ...DEFAULTS, psiAct: 0.3 });
    expect(config.tests.slice(1)).toEqual(MAIL_COLUMNS.map((column) => ({ test: 'TestColumnDrift', params: { column_name: column.name, stattest: 'psi', stattest_threshold: 0.3 } })));
  });

  it('uses KS and chi-square at α for a small reference, or when tests are chosen', () => {
    for (const settings of [{ ...DEFAULTS, referenceRows: 1000 }, { ...DEFAULTS, testFamily: 'tests' as const, referenceRows: 50_000 }]) {
      const params = evidentlyConfig(settings).tests[0]!.params;
      expect(params).toMatchObject({ num_stattest: 'ks', num_stattest_threshold: 0.05, cat_stattest: 'chisquare', cat_stattest_threshold: 0.05 });
    }
  });

  it('bakes Bonferroni’s α / k into the p-value thresholds and records the source settings', () => {
    const config = evidentlyConfig({ ...DEFAULTS, referenceRows: 500, alpha: 0.02, bonferroni: true, datasetDriftShare: 0.3 });
    expect(config.tests[0]!.params).toMatchObject({ drift_share: 0.3, per_column_stattest_threshold: { length: 0.005, links: 0.005, reputation: 0.005, language: 0.005 } });
    expect(config.source_settings).toEqual({
      per_column_check: 'auto',
      alpha: 0.02,
      bonferroni: true,
      per_test_alpha: 0.005,
      distance_threshold: 0.1,
      psi_watch: 0.1,
      psi_act: 0.25,
      dataset_drift_share: 0.3,
      reference_rows: 500,
    });
  });

  it('leaves out the settings of a kind with no columns, and a missing time column is null', () => {
    const config = evidentlyConfig({ ...DEFAULTS, columns: [{ name: 'language', kind: 'categorical' }], timeColumn: null });
    expect(Object.keys(config.tests[0]!.params)).not.toContain('num_stattest');
    expect(config.column_mapping.datetime).toBeNull();
  });

  it('says plainly that it is Evidently-style', () => {
    expect(evidentlyConfig(DEFAULTS).note).toMatch(/^Evidently-style, not a file Evidently reads/);
  });

  it('refuses no columns, duplicate columns and a bad reference size', () => {
    expect(() => evidentlyConfig({ ...DEFAULTS, columns: [] })).toThrow('An Evidently-style config needs at least one monitored column.');
    expect(() => evidentlyConfig({ ...DEFAULTS, columns: [MAIL_COLUMNS[0], MAIL_COLUMNS[0]] })).toThrow('Two columns are both named "length"; column names must be unique.');
    expect(() => evidentlyConfig({ ...DEFAULTS, referenceRows: 0 })).toThrow('referenceRows must be a whole number ≥ 1, got 0.');
  });
});

describe('serialised config', () => {
  const config = evidentlyConfig({ ...DEFAULTS, bonferroni: true, referenceRows: 300, columns: [...MAIL_COLUMNS, { name: 'subject: "re"', kind: 'categorical' }] });

  it('round-trips through JSON', () => {
    const json = evidentlyConfigJson(config);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(config);
  });

  it('round-trips through YAML, with a commented header', () => {
    const yaml = evidentlyConfigYaml(config);
    expect(yaml.startsWith(`${EVIDENTLY_YAML_HEADER}\n`)).toBe(true);
    expect(parse(yaml)).toEqual(config);
    expect(yaml).toContain('test: DataDriftTestPreset');
    expect(yaml).toContain('stattest_threshold: 0.01\n');
  });
});
