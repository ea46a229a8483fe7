// How far past its threshold a column's drift check is, as a heatmap level, and the check in words.
import { formatNumber } from '../../charts';
import type { FeatureCheck } from '../feature-checks';
import type { DriftTestName } from '../stats/feature-drift';

/** Heatmap levels, weakest first; a column drifted exactly when its level is 2 or more. */
export const DRIFT_LEVELS: readonly string[] = ['far below threshold', 'below threshold', 'past threshold', '2× past', '4× past'];

export const TEST_NAMES: Readonly<Record<DriftTestName, string>> = {
  ks: 'KS test',
  chisquare: 'chi-square test',
  wasserstein: 'normed Wasserstein distance',
  jensenshannon: 'Jensen–Shannon distance',
};

const isTest = (test: DriftTestName) => test === 'ks' || test === 'chisquare';

/**
 * The check's score over its threshold, 1 at the threshold and more the further past it. Distances
 * divide; p-values compare logarithms, so p = α² counts as twice past α (a p-value's size is in its exponent).
 */
export function driftStrength(check: Pick<FeatureCheck, 'test' | 'statistic' | 'threshold'>): number {
  const { statistic, threshold } = check;
  if (!isTest(check.test)) return threshold > 0 ? statistic / threshold : Infinity;
  if (statistic >= 1) return 0;
  if (statistic <= 0) return Infinity;
  return Math.log(statistic) / Math.log(threshold);
}

/** The heatmap level; the drift verdict decides which side of the threshold it is on. */
export function driftLevel(check: Pick<FeatureCheck, 'test' | 'statistic' | 'threshold' | 'drifted'>): number {
  const strength = driftStrength(check);
  if (!check.drifted) return strength < 0.5 ? 0 : 1;
  return strength >= 4 ? 4 : strength >= 2 ? 3 : 2;
}

/** A p-value as people read it: "p < 0.001" for tiny ones. */
export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${formatNumber(Number(p.toPrecision(2)))}`;
}

/** "KS p = 0.003, drifted" or "Wasserstein 0.42, drifted": the deciding check for a table cell. */
export function checkText(check: Pick<FeatureCheck, 'test' | 'statistic' | 'drifted'>): string {
  const score = isTest(check.test) ? formatP(check.statistic) : formatNumber(Number(check.statistic.toFixed(3)));
  const name = { ks: 'KS', chisquare: 'χ²', wasserstein: 'W', jensenshannon: 'JS' }[check.test];
  return `${name} ${score}${check.drifted ? ', drifted' : ''}`;
}
