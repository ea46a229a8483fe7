// Per-column drift of one batch against the reference: the deciding check (Evidently's rule), the other family's score, and PSI.
import { alignCategoryCounts } from './stats/categories';
import { bonferroniAlpha } from './stats/bonferroni';
import { chiSquareTest } from './stats/chi-square';
import { DEFAULT_MAX_ROWS_FOR_TESTS, datasetDrift, type DriftColumn, type DriftTestName } from './stats/feature-drift';
import { categoricalJensenShannon } from './stats/jensen-shannon';
import { ksTest } from './stats/ks';
import { categoricalPsi, psi } from './stats/psi';
import { sharedHistogram } from './stats/shared-histogram';
import { normedWassersteinDistance } from './stats/wasserstein';
import { COLUMN, type FeatureInfo, type Rows } from './features';
import type { DriftParams } from './params';

export type PsiLevel = 'stable' | 'watch' | 'act';

export interface FeatureCheck {
  column: string;
  /** The check that decided `drifted`, named as in Evidently. */
  test: DriftTestName;
  /** Its score: a p-value for ks/chisquare, a distance for wasserstein/jensenshannon. */
  statistic: number;
  threshold: number;
  drifted: boolean;
  /** KS (numeric) or chi-square (categorical) p-value, whichever check decided. */
  pValue: number;
  /** Normed Wasserstein (numeric) or Jensen–Shannon (categorical) distance, whichever check decided. */
  distance: number;
  psi: number;
  psiLevel: PsiLevel;
  /** Share of the batch's rows where the value arrived empty (and was filled in). */
  missingShare: number;
}

export interface BatchCheck {
  columns: FeatureCheck[];
  driftedColumns: number;
  /** driftedColumns / columns. */
  share: number;
  /** share ≥ 0.5, Evidently's dataset drift rule. */
  datasetDrift: boolean;
  /** The p-value threshold each test used: α, or α / columns with Bonferroni. */
  perTestAlpha: number;
}

export type CheckSettings = Pick<DriftParams, 'testFamily' | 'alpha' | 'bonferroni' | 'distanceThreshold' | 'psiWatch' | 'psiAct'>;

/** Reference rows up to which the checks are tests rather than distances, per the setting. */
export function maxRowsForTests(family: DriftParams['testFamily']): number {
  if (family === 'tests') return Infinity;
  return family === 'distances' ? -1 : DEFAULT_MAX_ROWS_FOR_TESTS;
}

export function psiLevelOf(value: number, settings: Pick<DriftParams, 'psiWatch' | 'psiAct'>): PsiLevel {
  if (value >= Math.max(settings.psiWatch, settings.psiAct)) return 'act';
  return value >= settings.psiWatch ? 'watch' : 'stable';
}

// Every statistic here ignores the order of a sample and sorts a copy of it. A reference is compared
// with batch after batch, and sorting already-sorted values is several times faster, so each
// reference column is handed over sorted, once per reference.
const sortedColumns = new WeakMap<Float64Array, Float64Array>();

function sortedOnce(column: Float64Array): Float64Array {
  let sorted = sortedColumns.get(column);
  if (!sorted) sortedColumns.set(column, (sorted = Float64Array.from(column).sort()));
  return sorted;
}

/** The columns as the drift statistics take them, in `features` order (numeric reference columns sorted). */
export function driftColumns(features: readonly FeatureInfo[], reference: Rows, current: Rows): DriftColumn[] {
  return features.map((feature, c) =>
    feature.kind === 'categorical'
      ? { name: feature.name, kind: 'categorical', reference: reference.language, current: current.language }
      : { name: feature.name, kind: 'numeric', reference: sortedOnce(reference.numeric[c]!), current: current.numeric[c]! },
  );
}

/** Every column's drift verdict and scores for one batch. The numeric columns come first in `features`, matching `Rows.numeric`. */
export function checkBatch(features: readonly FeatureInfo[], reference: Rows, current: Rows, settings: CheckSettings): BatchCheck {
  const columns = driftColumns(features, reference, current);
  const perTestAlpha = settings.bonferroni ? bonferroniAlpha(settings.alpha, columns.length) : settings.alpha;
  const verdict = datasetDrift(columns, {
    maxRowsForTests: maxRowsForTests(settings.testFamily),
    thresholds: { ks: perTestAlpha, chisquare: perTestAlpha, wasserstein: settings.distanceThreshold, jensenshannon: settings.distanceThreshold },
  });
  const checks = verdict.columns.map((result, c): FeatureCheck => {
    const column = columns[c]!;
    const isTest = result.test === 'ks' || result.test === 'chisquare';
    let pValue: number;
    let distance: number;
    let psiValue: number;
    if (column.kind === 'numeric') {
      pValue = isTest ? result.statistic : ksTest(column.reference, column.current).pValue;
      distance = isTest ? normedWassersteinDistance(column.reference, column.current) : result.statistic;
      psiValue = psi(column.reference, column.current).psi;
    } else {
      pValue = isTest ? result.statistic : chiSquareTest(column.reference, column.current).pValue;
      distance = isTest ? categoricalJensenShannon(column.reference, column.current) : result.statistic;
      psiValue = categoricalPsi(column.reference, column.current).psi;
    }
    const missing = c === COLUMN.reputation ? share(current.reputationMissing) : 0;
    return { ...result, pValue, distance, psi: psiValue, psiLevel: psiLevelOf(psiValue, settings), missingShare: missing };
  });
  return { columns: checks, driftedColumns: verdict.driftedColumns, share: verdict.share, datasetDrift: verdict.datasetDrift, perTestAlpha };
}

function share(flags: Uint8Array): number {
  let count = 0;
  for (const flag of flags) count += flag;
  return flags.length === 0 ? 0 : count / flags.length;
}

export type FeatureHistogram =
  | { column: string; kind: 'numeric'; edges: number[]; reference: number[]; current: number[] }
  | { column: string; kind: 'categorical'; categories: string[]; reference: number[]; current: number[] };

/** Reference and current counts of every column on shared bins (numeric) or categories, for overlaid histograms. */
export function featureHistograms(features: readonly FeatureInfo[], reference: Rows, current: Rows): FeatureHistogram[] {
  return driftColumns(features, reference, current).map((column) => {
    if (column.kind === 'numeric') {
      const histogram = sharedHistogram(column.reference, column.current);
      return { column: column.name, kind: 'numeric', ...histogram };
    }
    const counts = alignCategoryCounts(column.reference, column.current);
    return { column: column.name, kind: 'categorical', categories: counts.categories.map(String), reference: counts.reference, current: counts.current };
  });
}
