// Histograms of two numeric samples on one set of equal-width bins spanning both, so their shares can be compared.
import { assertFiniteSample, type Sample } from '../../core/stats/sample';

export interface SharedHistogram {
  /** bins + 1 increasing edges; bin i is [edges[i], edges[i+1]), the last bin also includes its right edge. */
  edges: number[];
  reference: number[];
  current: number[];
}

/**
 * Counts both samples on the same equal-width bins over the pooled range, exactly like
 * `edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins)` followed by
 * `np.histogram(sample, edges)`. The default bin count is NumPy's "sturges" rule on the pooled
 * size, ⌈range / (range / (log₂ N + 1))⌉, which is what Evidently's binning uses. When every value
 * is equal the single bin spans value ± 0.5, as in NumPy.
 */
export function sharedHistogram(reference: Sample, current: Sample, options: { bins?: number } = {}): SharedHistogram {
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  const [low, high] = pooledRange(reference, current);
  const spread = high - low;
  const bins = options.bins ?? sturgesBins(spread, reference.length + current.length);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`A histogram needs a whole number of bins ≥ 1, got ${bins}.`);
  const [first, last] = spread === 0 ? [low - 0.5, high + 0.5] : [low, high];
  const edges = equalWidthEdges(first, last, bins);
  return { edges, reference: countInto(reference, edges), current: countInto(current, edges) };
}

function pooledRange(reference: Sample, current: Sample): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const sample of [reference, current]) {
    for (const value of sample) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  return [low, high];
}

function sturgesBins(spread: number, size: number): number {
  if (spread === 0) return 1;
  // Written as NumPy computes it (a width, then a count) so rounding lands on the same integer.
  const width = spread / (Math.log2(size) + 1);
  return Math.ceil(spread / width);
}

/** Like np.linspace(first, last, bins + 1): start + i · step, with the last edge set exactly. */
function equalWidthEdges(first: number, last: number, bins: number): number[] {
  const step = (last - first) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * step + first);
  edges[bins] = last;
  return edges;
}

function countInto(sample: Sample, edges: readonly number[]): number[] {
  const bins = edges.length - 1;
  const first = edges[0]!;
  const scale = bins / (edges[bins]! - first);
  const counts = new Array<number>(bins).fill(0);
  for (const value of sample) {
    let bin = Math.min(bins - 1, Math.max(0, Math.floor((value - first) * scale)));
    // The arithmetic guess can be one bin off at an edge; the edges themselves decide, as in NumPy.
    if (value < edges[bin]! && bin > 0) bin -= 1;
    else if (bin < bins - 1 && value >= edges[bin + 1]!) bin += 1;
    counts[bin]! += 1;
  }
  return counts;
}
