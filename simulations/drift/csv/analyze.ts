// Evidently-style column checks and PSI of a CSV reference against each current batch, one column at a time so a Web Worker can report progress.
import { maxRowsForTests, psiLevelOf, type CheckSettings, type FeatureCheck } from '../feature-checks';
import { bonferroniAlpha } from '../stats/bonferroni';
import { chiSquareTest } from '../stats/chi-square';
import { columnDrift, DEFAULT_DATASET_DRIFT_SHARE, type DriftColumn } from '../stats/feature-drift';
import { categoricalJensenShannon } from '../stats/jensen-shannon';
import { ksTest } from '../stats/ks';
import { categoricalPsi, psi } from '../stats/psi';
import { normedWassersteinDistance } from '../stats/wasserstein';
import type { TableColumn } from './parse-table';
import { sliceRows, type DatasetColumn, type DriftDataset, type Slice } from './split';

/** The simulation's drift-check settings, plus the dataset drift share. */
export interface AnalyzeSettings extends CheckSettings {
  /** Share of tested columns that must drift for the batch to count as dataset drift; Evidently's default 0.5. */
  datasetDriftShare?: number;
}

/** One column of one batch: the simulation's FeatureCheck plus what a CSV adds (kind, value counts, missing reference cells). */
export interface CsvColumnCheck extends FeatureCheck {
  kind: DatasetColumn['kind'];
  /** Non-missing values compared on each side; missing cells are left out of every statistic. */
  referenceValues: number;
  currentValues: number;
  /** Share of the reference's rows where this column is missing (`missingShare` is the batch's). */
  referenceMissingShare: number;
}

/** A column that could not be tested in a batch, and why (no values on one side, or the statistic refused the data). */
export interface SkippedColumn {
  column: string;
  reason: string;
}

/** Every column's verdict for one batch, and the dataset drift call. */
export interface CsvBatchCheck {
  label: string;
  start?: number;
  end?: number;
  /** Rows in the batch. */
  rows: number;
  /** The tested columns, in dataset order. */
  columns: CsvColumnCheck[];
  skipped: SkippedColumn[];
  driftedColumns: number;
  /** driftedColumns / tested columns; NaN when no column could be tested. */
  share: number;
  /** share ≥ the dataset drift share. */
  datasetDrift: boolean;
  /** The p-value threshold each test used: α, or α / tested columns with Bonferroni. */
  perTestAlpha: number;
}

/** The reference against every batch. */
export interface CsvAnalysis {
  columns: DatasetColumn[];
  referenceRows: number;
  batches: CsvBatchCheck[];
}

/** Sent after each column of each batch. */
export interface AnalyzeProgress {
  /** Steps finished, of `total` (batches × columns). */
  done: number;
  total: number;
  batch: string;
  column: string;
}

interface Values {
  numeric: Float64Array | null;
  categorical: string[] | null;
  count: number;
  missingShare: number;
}

/**
 * The checks as a generator: it yields after every column of every batch and returns the whole
 * analysis. A worker can step it and post each progress value (or check for a cancel message
 * between steps). Each column uses the deciding check of the "per-feature check" setting
 * (Evidently's rule, tests or distances) at α (α / tested columns with Bonferroni) or the
 * distance threshold, plus the other family's score and PSI, on the non-missing cells only.
 */
export function* analyzeSteps(dataset: DriftDataset, settings: AnalyzeSettings): Generator<AnalyzeProgress, CsvAnalysis, void> {
  const total = dataset.batches.length * dataset.columns.length;
  const referenceRows = sliceRows(dataset.reference);
  const reference = dataset.columns.map((column) => gather(dataset.reference, referenceRows, column, true));
  const identifierReasons = reference.map(identifierReason);
  const batches: CsvBatchCheck[] = [];
  let done = 0;
  for (const batch of dataset.batches) {
    const rows = sliceRows(batch);
    const current = dataset.columns.map((column) => gather(batch, rows, column, false));
    const skipped: SkippedColumn[] = [];
    const testable = dataset.columns.map((column, c) => {
      const reason = reference[c]!.count === 0 ? 'it has no values in the reference' : (identifierReasons[c] ?? (current[c]!.count === 0 ? 'it has no values in this batch' : null));
      if (reason) skipped.push({ column: column.name, reason: `Column "${column.name}" is not tested: ${reason}.` });
      return reason === null;
    });
    const tested = testable.filter(Boolean).length;
    const perTestAlpha = settings.bonferroni && tested > 0 ? bonferroniAlpha(settings.alpha, tested) : settings.alpha;
    const checks: CsvColumnCheck[] = [];
    for (let c = 0; c < dataset.columns.length; c++) {
      const column = dataset.columns[c]!;
      if (testable[c]) {
        try {
          checks.push(checkColumn(column, reference[c]!, current[c]!, perTestAlpha, settings));
        } catch (error) {
          skipped.push({ column: column.name, reason: error instanceof Error ? error.message : String(error) });
        }
      }
      done++;
      yield { done, total, batch: batch.label, column: column.name };
    }
    const driftedColumns = checks.filter((check) => check.drifted).length;
    const share = checks.length === 0 ? NaN : driftedColumns / checks.length;
    batches.push({
      label: batch.label,
      ...(batch.start === undefined ? {} : { start: batch.start }),
      ...(batch.end === undefined ? {} : { end: batch.end }),
      rows: rows.length,
      columns: checks,
      skipped,
      driftedColumns,
      share,
      datasetDrift: share >= (settings.datasetDriftShare ?? DEFAULT_DATASET_DRIFT_SHARE),
      perTestAlpha,
    });
  }
  return { columns: dataset.columns, referenceRows: referenceRows.length, batches };
}

/** Runs every step at once, calling `onProgress` after each; for tests, small files, or a worker that needs no cancelling. */
export function analyzeDataset(dataset: DriftDataset, settings: AnalyzeSettings, onProgress?: (progress: AnalyzeProgress) => void): CsvAnalysis {
  const steps = analyzeSteps(dataset, settings);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

function checkColumn(column: DatasetColumn, reference: Values, current: Values, perTestAlpha: number, settings: AnalyzeSettings): CsvColumnCheck {
  const driftColumn: DriftColumn =
    column.kind === 'numeric'
      ? { name: column.name, kind: 'numeric', reference: reference.numeric!, current: current.numeric! }
      : { name: column.name, kind: 'categorical', reference: reference.categorical!, current: current.categorical! };
  const result = columnDrift(driftColumn, {
    maxRowsForTests: maxRowsForTests(settings.testFamily),
    thresholds: { ks: perTestAlpha, chisquare: perTestAlpha, wasserstein: settings.distanceThreshold, jensenshannon: settings.distanceThreshold },
  });
  const isTest = result.test === 'ks' || result.test === 'chisquare';
  let pValue: number;
  let distance: number;
  let psiValue: number;
  if (driftColumn.kind === 'numeric') {
    pValue = isTest ? result.statistic : ksTest(driftColumn.reference, driftColumn.current, { method: 'asymp' }).pValue;
    distance = isTest ? normedWassersteinDistance(driftColumn.reference, driftColumn.current) : result.statistic;
    psiValue = psi(driftColumn.reference, driftColumn.current).psi;
  } else {
    pValue = isTest ? result.statistic : chiSquareTest(driftColumn.reference, driftColumn.current).pValue;
    distance = isTest ? categoricalJensenShannon(driftColumn.reference, driftColumn.current) : result.statistic;
    psiValue = categoricalPsi(driftColumn.reference, driftColumn.current).psi;
  }
  return {
    ...result,
    kind: column.kind,
    pValue,
    distance,
    psi: psiValue,
    psiLevel: psiLevelOf(psiValue, settings),
    missingShare: current.missingShare,
    referenceValues: reference.count,
    currentValues: current.count,
    referenceMissingShare: reference.missingShare,
  };
}

/** Distinct values above which a categorical column reads as an identifier or free text. */
export const MAX_CATEGORIES = 50;

/**
 * Why a categorical column cannot be tested when it looks like ids or free text (message ids,
 * subjects): with more than MAX_CATEGORIES distinct values, over half of them unique to a row,
 * a chi-square or Jensen–Shannon on its values compares rows, not a distribution.
 */
function identifierReason(values: Values): string | null {
  if (!values.categorical) return null;
  const distinct = new Set(values.categorical).size;
  if (distinct <= MAX_CATEGORIES || distinct <= values.count / 2) return null;
  return `it looks like an identifier or free text (${distinct.toLocaleString('en')} distinct values in ${values.count.toLocaleString('en')} reference rows)`;
}

/** The non-missing values of one column over a slice's rows; the reference's numeric values come sorted (every statistic sorts a copy, and sorted input sorts fast). */
function gather(slice: Slice, rows: Int32Array, column: DatasetColumn, sort: boolean): Values {
  const source = findColumn(slice, column);
  const missingShareOf = (count: number) => (rows.length === 0 ? 0 : (rows.length - count) / rows.length);
  if (source.kind === 'categorical') {
    const values: string[] = [];
    for (const row of rows) {
      const value = source.values[row];
      if (value !== null && value !== undefined) values.push(value);
    }
    return { numeric: null, categorical: values, count: values.length, missingShare: missingShareOf(values.length) };
  }
  const values = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) {
    const value = source.values[row]!;
    if (!Number.isNaN(value)) values[count++] = value;
  }
  const numeric = values.subarray(0, count);
  if (sort) numeric.sort();
  return { numeric, categorical: null, count, missingShare: missingShareOf(count) };
}

function findColumn(slice: Slice, column: DatasetColumn): TableColumn {
  const source = slice.table.columns.find((candidate) => candidate.name === column.name);
  if (!source) throw new Error(`The ${slice.label} has no column "${column.name}".`);
  if (source.kind !== column.kind) throw new Error(`Column "${column.name}" is ${source.kind} in the ${slice.label} but ${column.kind} in the dataset.`);
  return source;
}
