// Shared-threshold binning for comparing distributions (reference vs current), built on d3's bin.
import { bin, scaleLinear } from 'd3';
import { spreadDomain, type Domain } from './scales';

export interface HistogramBin {
  x0: number;
  x1: number;
  /** Values in this bin, one entry per sample. */
  counts: number[];
  /** counts ÷ the sample's finite values, one entry per sample; 0 for an empty sample. */
  shares: number[];
}

export interface SharedBins {
  domain: Domain;
  bins: HistogramBin[];
  /** Finite values per sample: the denominator of `shares`. */
  totals: number[];
}

/**
 * Bins every sample with the same thresholds, so bar i means the same interval in each and two
 * distributions can be overlaid. Thresholds are round numbers (a nice scale's ticks), about
 * `binCount` of them. With a given `domain`, values outside it are not drawn but still count in
 * the totals, so the shares stay honest about data off the chart. NaN and ±Infinity are ignored.
 */
export function sharedBins(samples: readonly (readonly number[])[], binCount: number, domain?: Domain): SharedBins {
  const finite = samples.map((values) => values.filter(Number.isFinite));
  const totals = finite.map((values) => values.length);
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of finite) {
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!domain && lo > hi) return { domain: [0, 1], bins: [], totals };
  const scale = scaleLinear().domain(domain ? [domain[0], domain[1]] : spreadDomain([lo, hi]));
  if (!domain) scale.nice(binCount);
  const [start = 0, end = 1] = scale.domain();
  // Only interior thresholds: d3 would turn a threshold equal to the domain's end into an extra zero-width bin.
  const thresholds = scale.ticks(binCount).filter((t) => t > start && t < end);
  const binner = bin<number, number>().domain([start, end]).thresholds(thresholds);
  const binned = finite.map((values) => binner(values));
  const bins = (binned[0] ?? binner([])).map((first, i) => {
    const counts = binned.map((sample) => sample[i]?.length ?? 0);
    return {
      x0: first.x0 ?? start,
      x1: first.x1 ?? end,
      counts,
      shares: counts.map((count, s) => (totals[s] ? count / totals[s] : 0)),
    };
  });
  return { domain: [start, end], bins, totals };
}
