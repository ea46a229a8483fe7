// The drift checks' settings as an Evidently-style test-suite config, as a plain object and as JSON or YAML text.
import { stringify } from 'yaml';
import { maxRowsForTests, type CheckSettings } from '../feature-checks';
import { DEFAULT_DATASET_DRIFT_SHARE, defaultDriftTest, type DriftTestName } from '../stats/feature-drift';

/** A monitored column and how it is tested. */
export interface ExportColumn {
  name: string;
  kind: 'numeric' | 'categorical';
}

/** The simulation's drift-check settings and the columns they apply to. */
export interface EvidentlyExportSettings extends CheckSettings {
  /** The monitored columns, in order; time columns are not tested and belong in `timeColumn`. */
  columns: readonly ExportColumn[];
  /** Rows in the reference window; with "Evidently's rule" it decides tests (≤ 1,000) or distances (more). */
  referenceRows: number;
  /** Share of drifted columns that makes the dataset drifted; default 0.5 as in Evidently. */
  datasetDriftShare?: number;
  /** The timestamp column, if any, for Evidently's column mapping. */
  timeColumn?: string | null;
}

/** Keyword arguments of Evidently's DataDriftTestPreset, by their Evidently names. */
export interface DataDriftTestPresetParams {
  columns: string[];
  drift_share: number;
  num_stattest?: DriftTestName;
  num_stattest_threshold?: number;
  cat_stattest?: DriftTestName;
  cat_stattest_threshold?: number;
  per_column_stattest: Record<string, DriftTestName>;
  per_column_stattest_threshold: Record<string, number>;
}

/** Keyword arguments of Evidently's TestColumnDrift. */
export interface TestColumnDriftParams {
  column_name: string;
  stattest: DriftTestName | 'psi';
  stattest_threshold: number;
}

/** One Evidently test or preset by class name, with its keyword arguments. */
export type EvidentlyStyleTest = { test: 'DataDriftTestPreset'; params: DataDriftTestPresetParams } | { test: 'TestColumnDrift'; params: TestColumnDriftParams };

/** The exported test suite: a plain object that JSON and YAML carry unchanged. */
export interface EvidentlyStyleConfig {
  kind: 'evidently-style-test-suite';
  version: 1;
  note: string;
  /** Keyword arguments of Evidently's ColumnMapping. */
  column_mapping: { numerical_features: string[]; categorical_features: string[]; datetime: string | null };
  tests: EvidentlyStyleTest[];
  /** The course's own settings the config was made from, so the numbers above can be traced back. */
  source_settings: {
    per_column_check: CheckSettings['testFamily'];
    alpha: number;
    bonferroni: boolean;
    per_test_alpha: number;
    distance_threshold: number;
    psi_watch: number;
    psi_act: number;
    dataset_drift_share: number;
    reference_rows: number;
  };
}

const NOTE =
  'Evidently-style, not a file Evidently reads: Evidently builds test suites in Python. Each "params" block holds ' +
  'keyword arguments of the Evidently class named in "test" (legacy Test Suite API: evidently.test_preset and ' +
  'evidently.tests up to 0.6, evidently.legacy.* from 0.7), and column_mapping those of ColumnMapping. ' +
  'DataDriftTestPreset includes TestShareOfDriftedColumns(lt=drift_share), which fails exactly when the course ' +
  'calls dataset drift. Differences: Bonferroni is not an Evidently option, so its α / k is baked into the p-value ' +
  'thresholds; Evidently\'s automatic choice also treats numeric columns with ≤ 5 values as categorical and uses a ' +
  'z-test for binary ones, which per_column_stattest overrides here; its chisquare is a goodness-of-fit test where ' +
  'the course uses a test of homogeneity; and its psi bins differ from the course\'s reference deciles, so PSI values will not match exactly.';

/**
 * An Evidently-style test suite for the current settings. It mirrors Evidently's legacy Test
 * Suite names: a DataDriftTestPreset (drift_share, num_/cat_stattest and their thresholds, and
 * per_column_stattest / per_column_stattest_threshold naming the test each column gets, resolved
 * exactly as the course resolves it: Evidently's rule by reference size, or tests, or distances),
 * then one TestColumnDrift per column with stattest "psi" at the "act" threshold. Stattest names
 * are Evidently's (ks, chisquare, wasserstein, jensenshannon, psi); p-value thresholds are α, or
 * α / columns with Bonferroni. Evidently flags a p-value ≤ its threshold and a distance ≥ it, as
 * the course does.
 */
export function evidentlyConfig(settings: EvidentlyExportSettings): EvidentlyStyleConfig {
  if (settings.columns.length === 0) throw new Error('An Evidently-style config needs at least one monitored column.');
  if (!Number.isInteger(settings.referenceRows) || settings.referenceRows < 1) throw new RangeError(`referenceRows must be a whole number ≥ 1, got ${settings.referenceRows}.`);
  const names = settings.columns.map((column) => column.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined) throw new Error(`Two columns are both named "${duplicate}"; column names must be unique.`);
  const perTestAlpha = settings.bonferroni ? settings.alpha / settings.columns.length : settings.alpha;
  const threshold = (test: DriftTestName) => (test === 'ks' || test === 'chisquare' ? perTestAlpha : settings.distanceThreshold);
  const testFor = (kind: ExportColumn['kind']) => defaultDriftTest(kind, settings.referenceRows, maxRowsForTests(settings.testFamily));
  const driftShare = settings.datasetDriftShare ?? DEFAULT_DATASET_DRIFT_SHARE;

  const kinds = new Set(settings.columns.map((column) => column.kind));
  const byKind = (kind: ExportColumn['kind'], prefix: 'num' | 'cat') =>
    kinds.has(kind) ? { [`${prefix}_stattest`]: testFor(kind), [`${prefix}_stattest_threshold`]: threshold(testFor(kind)) } : {};
  const preset: DataDriftTestPresetParams = {
    columns: names,
    drift_share: driftShare,
    ...byKind('numeric', 'num'),
    ...byKind('categorical', 'cat'),
    per_column_stattest: Object.fromEntries(settings.columns.map((column) => [column.name, testFor(column.kind)])),
    per_column_stattest_threshold: Object.fromEntries(settings.columns.map((column) => [column.name, threshold(testFor(column.kind))])),
  };
  const psiTests = settings.columns.map((column): EvidentlyStyleTest => ({ test: 'TestColumnDrift', params: { column_name: column.name, stattest: 'psi', stattest_threshold: settings.psiAct } }));

  return {
    kind: 'evidently-style-test-suite',
    version: 1,
    note: NOTE,
    column_mapping: {
      numerical_features: settings.columns.filter((column) => column.kind === 'numeric').map((column) => column.name),
      categorical_features: settings.columns.filter((column) => column.kind === 'categorical').map((column) => column.name),
      datetime: settings.timeColumn ?? null,
    },
    tests: [{ test: 'DataDriftTestPreset', params: preset }, ...psiTests],
    source_settings: {
      per_column_check: settings.testFamily,
      alpha: settings.alpha,
      bonferroni: settings.bonferroni,
      per_test_alpha: perTestAlpha,
      distance_threshold: settings.distanceThreshold,
      psi_watch: settings.psiWatch,
      psi_act: settings.psiAct,
      dataset_drift_share: driftShare,
      reference_rows: settings.referenceRows,
    },
  };
}

/** The config as pretty-printed JSON, ending in a newline. */
export function evidentlyConfigJson(config: EvidentlyStyleConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Comment lines at the top of the YAML file: what it is and how to turn it into an Evidently TestSuite. */
export const EVIDENTLY_YAML_HEADER = [
  '# Evidently-style drift test suite exported from Shipping ML (see "note" below).',
  '# A sketch of loading it with Evidently >= 0.7 (drop ".legacy" before 0.7):',
  '#   import yaml',
  '#   from evidently.legacy.pipeline.column_mapping import ColumnMapping',
  '#   from evidently.legacy.test_preset import DataDriftTestPreset',
  '#   from evidently.legacy.test_suite import TestSuite',
  '#   from evidently.legacy.tests import TestColumnDrift',
  '#   config = yaml.safe_load(open("drift-test-suite.yaml"))',
  '#   classes = {"DataDriftTestPreset": DataDriftTestPreset, "TestColumnDrift": TestColumnDrift}',
  '#   suite = TestSuite(tests=[classes[t["test"]](**t["params"]) for t in config["tests"]])',
  '#   suite.run(reference_data=reference, current_data=current, column_mapping=ColumnMapping(**config["column_mapping"]))',
].join('\n');

/** The config as YAML with a commented header; parsing it back gives the same object. */
export function evidentlyConfigYaml(config: EvidentlyStyleConfig): string {
  return `${EVIDENTLY_YAML_HEADER}\n${stringify(config, { lineWidth: 0 })}`;
}
