// Evidently-style column drift: pick each column's default test by type and reference size, then call dataset drift by share.
import type { Category } from './categories';
import { chiSquareTest } from './chi-square';
import { categoricalJensenShannon } from './jensen-shannon';
import { ksTest, type KsMethod } from './ks';
import type { Sample } from '../../core/stats/sample';
import { normedWassersteinDistance } from './wasserstein';

/** Test names as Evidently spells them (`stattest="ks"`), so settings export to an Evidently config unchanged. */
export type DriftTestName = 'ks' | 'wasserstein' | 'chisquare' | 'jensenshannon';

export type DriftColumn =
  | { name: string; kind: 'numeric'; reference: Sample; current: Sample }
  | { name: string; kind: 'categorical'; reference: readonly Category[]; current: readonly Category[] };

export interface ColumnDrift {
  column: string;
  test: DriftTestName;
  /** The drift score compared with the threshold: a p-value for ks/chisquare, a distance for wasserstein/jensenshannon. */
  statistic: number;
  threshold: number;
  /** p-value ≤ threshold for the two tests; distance ≥ threshold for the two distances. */
  drifted: boolean;
}

export interface DatasetDrift {
  columns: ColumnDrift[];
  driftedColumns: number;
  /** driftedColumns / columns. */
  share: number;
  /** share ≥ the dataset threshold (0.5 by default). */
  datasetDrift: boolean;
}

export interface FeatureDriftOptions {
  /** Reference sizes up to this use the statistical tests; above it the distances (Evidently: 1,000). */
  maxRowsForTests?: number;
  /** Per-test thresholds; defaults are DEFAULT_DRIFT_THRESHOLDS. */
  thresholds?: Partial<Record<DriftTestName, number>>;
  /** Share of drifted columns at which the dataset counts as drifted (Evidently: 0.5). */
  datasetDriftShare?: number;
  /** How the KS p-value is computed; see ks.ts. */
  ksMethod?: KsMethod;
}

/** Evidently's defaults: α = 0.05 for the tests, 0.1 for both distances. */
export const DEFAULT_DRIFT_THRESHOLDS: Readonly<Record<DriftTestName, number>> = { ks: 0.05, chisquare: 0.05, wasserstein: 0.1, jensenshannon: 0.1 };
export const DEFAULT_MAX_ROWS_FOR_TESTS = 1000;
export const DEFAULT_DATASET_DRIFT_SHARE = 0.5;

const P_VALUE_TESTS: ReadonlySet<DriftTestName> = new Set(['ks', 'chisquare']);

/**
 * Evidently's default test for a column: numeric → KS (≤ 1,000 reference rows) or normed
 * Wasserstein (more); categorical → chi-square or Jensen–Shannon. Simplified from Evidently,
 * which also treats a numeric column with ≤ 5 distinct values as categorical and uses a
 * two-proportion z-test for a column with ≤ 2 distinct values.
 */
export function defaultDriftTest(kind: DriftColumn['kind'], referenceRows: number, maxRowsForTests = DEFAULT_MAX_ROWS_FOR_TESTS): DriftTestName {
  const small = referenceRows <= maxRowsForTests;
  if (kind === 'numeric') return small ? 'ks' : 'wasserstein';
  return small ? 'chisquare' : 'jensenshannon';
}

/** Runs the default test on one column and compares its score with the threshold. */
export function columnDrift(column: DriftColumn, options: FeatureDriftOptions = {}): ColumnDrift {
  const test = defaultDriftTest(column.kind, column.reference.length, options.maxRowsForTests);
  const threshold = options.thresholds?.[test] ?? DEFAULT_DRIFT_THRESHOLDS[test];
  let statistic: number;
  try {
    statistic = score(column, test, options);
  } catch (error) {
    // Name the column: "the reference sample is empty" alone does not say which of 20 features it was.
    throw new Error(`Column "${column.name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const drifted = P_VALUE_TESTS.has(test) ? statistic <= threshold : statistic >= threshold;
  return { column: column.name, test, statistic, threshold, drifted };
}

/** Per-column drift for every column, and whether the share of drifted columns reaches the dataset threshold. */
export function datasetDrift(columns: readonly DriftColumn[], options: FeatureDriftOptions = {}): DatasetDrift {
  if (columns.length === 0) throw new Error('Dataset drift needs at least one column.');
  const names = new Set<string>();
  for (const column of columns) {
    if (names.has(column.name)) throw new Error(`Two columns are both named "${column.name}"; column names must be unique.`);
    names.add(column.name);
  }
  const results = columns.map((column) => columnDrift(column, options));
  const driftedColumns = results.filter((result) => result.drifted).length;
  const share = driftedColumns / results.length;
  return { columns: results, driftedColumns, share, datasetDrift: share >= (options.datasetDriftShare ?? DEFAULT_DATASET_DRIFT_SHARE) };
}

function score(column: DriftColumn, test: DriftTestName, options: FeatureDriftOptions): number {
  if (column.kind === 'numeric') {
    return test === 'ks' ? ksTest(column.reference, column.current, { method: options.ksMethod ?? 'asymp' }).pValue : normedWassersteinDistance(column.reference, column.current);
  }
  return test === 'chisquare' ? chiSquareTest(column.reference, column.current).pValue : categoricalJensenShannon(column.reference, column.current);
}
