// Population Stability Index: the credit-risk drift score, on reference-quantile bins or on categories.
import { alignCategoryCounts, type Category } from './categories';
import { assertFiniteSample, sortedCopy, type Sample } from '../../core/stats/sample';

/** Rule of thumb: below 0.1 the population is stable. */
export const PSI_WATCH = 0.1;
/** Rule of thumb: 0.25 and above the population has shifted enough to act (investigate, retrain). */
export const PSI_ACT = 0.25;
/** An empty bin's share becomes this, so ln(cur/ref) stays finite. */
export const PSI_EMPTY_BIN_SHARE = 0.0001;
/** Deciles of the reference, the usual choice. */
export const PSI_DEFAULT_BINS = 10;

export type PsiLevel = 'stable' | 'watch' | 'act';

export interface PsiResult {
  psi: number;
  /** Interior bin edges (numeric PSI only); bin i is [edges[i−1], edges[i]), the outer bins are open-ended. */
  edges: number[];
  /** Share of each sample per bin or category, after empty bins were floored. */
  referenceShares: number[];
  currentShares: number[];
}

/** 'stable' below PSI_WATCH, 'watch' from PSI_WATCH, 'act' from PSI_ACT (both bounds inclusive). */
export function psiLevel(psi: number): PsiLevel {
  if (Number.isNaN(psi)) throw new RangeError('PSI is NaN.');
  if (psi >= PSI_ACT) return 'act';
  return psi >= PSI_WATCH ? 'watch' : 'stable';
}

/**
 * PSI = Σ (cur − ref) · ln(cur / ref) over bins, from the shares (or counts; each side is
 * normalised to sum 1). A bin empty on one side gets share PSI_EMPTY_BIN_SHARE instead of 0;
 * shares are not renormalised afterwards, as in the usual implementations. Symmetric in its
 * arguments, ≥ 0, and 0 only when the shares match.
 */
export function psiFromShares(reference: readonly number[], current: readonly number[]): number {
  if (reference.length !== current.length) throw new Error(`PSI needs the same bins on both sides, got ${reference.length} and ${current.length}.`);
  const ref = shares(reference, 'reference');
  const cur = shares(current, 'current');
  let psi = 0;
  for (let i = 0; i < ref.length; i++) psi += (cur[i]! - ref[i]!) * Math.log(cur[i]! / ref[i]!);
  return psi;
}

/**
 * PSI of a numeric column. Bin edges are the reference's quantiles at 1/bins, 2/bins, …
 * (NumPy's default linear interpolation, `np.quantile(reference, q)`), with repeated edges from
 * tied values merged; the outer bins run to ±∞ so current values outside the reference's range
 * are counted, not lost. A value equal to an edge goes to the bin on its right
 * (`np.searchsorted(edges, x, side="right")`).
 */
export function psi(reference: Sample, current: Sample, options: { bins?: number } = {}): PsiResult {
  const bins = options.bins ?? PSI_DEFAULT_BINS;
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`PSI needs a whole number of bins ≥ 2, got ${bins}.`);
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  const sortedReference = sortedCopy(reference);
  const edges = quantileEdges(sortedReference, bins);
  const referenceCounts = countPerBin(sortedReference, edges);
  const currentCounts = countPerBin(sortedCopy(current), edges);
  return withShares(referenceCounts, currentCounts, edges);
}

/** PSI of a categorical column over the union of categories; a category missing on one side counts as an empty bin. */
export function categoricalPsi(reference: readonly Category[], current: readonly Category[]): PsiResult {
  const counts = alignCategoryCounts(reference, current);
  return withShares(counts.reference, counts.current, []);
}

/** Quantile q of sorted data, interpolated exactly as `np.quantile(..., method="linear")` does. */
export function linearQuantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  if (position >= sorted.length - 1) return sorted[sorted.length - 1]!;
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below]!;
  const b = sorted[below + 1]!;
  // NumPy interpolates from the nearer end, which keeps the result monotone in q.
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

function quantileEdges(sorted: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = linearQuantile(sorted, i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

function countPerBin(sorted: Float64Array, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (const value of sorted) {
    while (bin < edges.length && value >= edges[bin]!) bin++;
    counts[bin]! += 1;
  }
  return counts;
}

function withShares(referenceCounts: readonly number[], currentCounts: readonly number[], edges: number[]): PsiResult {
  // From the counts: the floored shares no longer sum to 1, and psiFromShares would renormalise them.
  const psi = psiFromShares(referenceCounts, currentCounts);
  return { psi, edges, referenceShares: shares(referenceCounts, 'reference'), currentShares: shares(currentCounts, 'current') };
}

function shares(counts: readonly number[], name: string): number[] {
  let total = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) throw new Error(`PSI ${name} counts and shares must be finite and ≥ 0, got ${count}.`);
    total += count;
  }
  if (!(total > 0)) throw new Error(`PSI ${name} shares add up to 0; at least one bin needs an observation.`);
  return counts.map((count) => (count === 0 ? PSI_EMPTY_BIN_SHARE : count / total));
}
