// The engine's reference-vs-batch counts for one column, as the chart takes them, and which column to show by default.
import { scaleLinear } from 'd3';
import type { SharedBins } from '../../charts';
import type { FeatureHistogram } from '../feature-checks';
import type { BatchPoint } from '../snapshot';
import { driftStrength } from './drift-levels';

type NumericHistogram = Extract<FeatureHistogram, { kind: 'numeric' }>;
type CategoricalHistogram = Extract<FeatureHistogram, { kind: 'categorical' }>;

const total = (counts: readonly number[]) => counts.reduce((sum, count) => sum + count, 0);

/**
 * Equal-width bins over both samples (the bins the drift checks used), with shares, sample 0 the reference.
 * Their edges are wherever the data ended (0.012…0.998), so the axis is widened to round numbers around them:
 * otherwise a phone-width axis may get a single tick.
 */
export function toSharedBins(histogram: Pick<NumericHistogram, 'edges' | 'reference' | 'current'>): SharedBins {
  const { edges, reference, current } = histogram;
  const totals = [total(reference), total(current)];
  const bins = reference.map((count, i) => {
    const counts = [count, current[i] ?? 0];
    return { x0: edges[i]!, x1: edges[i + 1]!, counts, shares: counts.map((n, s) => (totals[s] ? n / totals[s]! : 0)) };
  });
  const [lo = 0, hi = 1] = scaleLinear().domain([edges[0] ?? 0, edges.at(-1) ?? 1]).nice(4).domain();
  return { domain: [lo, hi], bins, totals };
}

export interface CategoryShare {
  category: string;
  reference: number;
  current: number;
}

/** Each category's share of the reference and of the batch. */
export function categoryShares(histogram: Pick<CategoricalHistogram, 'categories' | 'reference' | 'current'>): CategoryShare[] {
  const [ref, cur] = [total(histogram.reference), total(histogram.current)];
  return histogram.categories.map((category, i) => ({
    category,
    reference: ref ? (histogram.reference[i] ?? 0) / ref : 0,
    current: cur ? (histogram.current[i] ?? 0) / cur : 0,
  }));
}

/** The column whose check is furthest past its threshold in this batch (the first column when none has a score). */
export function mostDrifted(point: Pick<BatchPoint, 'columns'> | undefined): string | null {
  let best: { column: string; strength: number } | null = null;
  for (const check of point?.columns ?? []) {
    const strength = driftStrength(check);
    if (!best || strength > best.strength) best = { column: check.column, strength };
  }
  return best?.column ?? null;
}
