// ADWIN2 (Bifet & Gavaldà, SDM 2007): an adaptive window that drops its older part when the two parts' means differ.
import { DETECTOR_DEFAULTS, requireInRange, requireInteger, type DetectorState, type StreamDetector } from './detector';

/** ADWIN settings; every field defaults to `DETECTOR_DEFAULTS.adwin.options`. */
export interface AdwinOptions {
  /** Confidence δ: the chance of a false cut is bounded by δ per check. Smaller is stricter. */
  readonly delta?: number;
  /** Look for a cut only every `clock` updates (River and MOA use 32; 1 checks every update). */
  readonly clock?: number;
  /** M: buckets of each size kept before the two oldest merge; memory and cut points are O(M log n). */
  readonly maxBuckets?: number;
  /** Both sub-windows of a cut must hold at least this many items. */
  readonly minWindowLength?: number;
  /** No cut is looked for until the window holds more than this many items. */
  readonly gracePeriod?: number;
}

/** ADWIN as a detector, with its window open to inspection. */
export interface AdwinDetector extends StreamDetector {
  /** Items in the window: everything since the last cut (ADWIN only ever drops the oldest part). */
  readonly width: number;
  /** Mean of the window: ADWIN's estimate of the current error rate. */
  readonly mean: number;
  /** Population variance of the window. */
  readonly variance: number;
  /** Updates that ended in a cut since creation or the last `reset`. */
  readonly detections: number;
}

// Row r of the exponential histogram holds buckets of 2^r items. 48 rows hold about M · 2^48
// items, far beyond any session, so the storage is sized once and never grows.
const MAX_ROWS = 48;

/**
 * Creates an ADWIN2 detector. Each update appends the value to the newest row of an exponential
 * histogram (at most M buckets per size, older buckets twice as large as newer ones). Every
 * `clock` updates it tries each bucket boundary as a split W0 (older) | W1 (newer) and cuts when
 *
 *   |μ̂0 − μ̂1| > ε = sqrt(2 · (1/m0 + 1/m1) · σ²_W · ln(2·ln(n)/δ)) + (2/3) · (1/m0 + 1/m1) · ln(2·ln(n)/δ)
 *
 * with n the window width, σ²_W its variance and m_i = n_i − minWindowLength + 1. This is the
 * variance-aware bound the paper recommends in practice, with δ' = δ / ln(n): the exact
 * expression MOA and River evaluate. On a cut the oldest bucket is dropped and the window checked
 * again, so a single update can drop many buckets; the state is 'drift' for that update only.
 *
 * Every bucket boundary is a candidate cut, as in the paper, MOA and River's current Cython
 * helper; older River releases skipped the newest bucket of each row (online-ml/river#1539,
 * 2024), which can delay a detection by a few clock ticks. Unlike River, the
 * window is not emptied on the update after a drift: keeping the newer part is the point of
 * ADWIN, and it lets `width` and `mean` show the post-change window.
 */
export function createAdwin(options: AdwinOptions = {}): AdwinDetector {
  const { delta, clock, maxBuckets, minWindowLength, gracePeriod } = { ...DETECTOR_DEFAULTS.adwin.options, ...options };
  requireInRange('ADWIN delta', delta, 0, 1, false);
  requireInteger('ADWIN clock', clock, 1);
  requireInteger('ADWIN maxBuckets', maxBuckets, 1);
  requireInteger('ADWIN minWindowLength', minWindowLength, 1);
  requireInteger('ADWIN gracePeriod', gracePeriod, 0);

  // One slot more than M per row: a row briefly holds M + 1 buckets before its oldest two merge.
  const slotsPerRow = maxBuckets + 1;
  const bucketTotals = new Float64Array(MAX_ROWS * slotsPerRow);
  // Sum of squared deviations from the bucket's own mean, so buckets combine exactly.
  const bucketSquares = new Float64Array(MAX_ROWS * slotsPerRow);
  const rowCounts = new Int32Array(MAX_ROWS);
  let rows = 0;
  let width = 0;
  let total = 0;
  let squares = 0;
  let ticks = 0;
  let detections = 0;
  let state: DetectorState = 'stable';

  const append = (row: number, bucketTotal: number, bucketSquare: number) => {
    if (row >= MAX_ROWS) throw new RangeError(`ADWIN window exceeded ${MAX_ROWS} histogram rows.`);
    const slot = row * slotsPerRow + rowCounts[row]!;
    bucketTotals[slot] = bucketTotal;
    bucketSquares[slot] = bucketSquare;
    rowCounts[row]! += 1;
    if (row >= rows) rows = row + 1;
  };

  // Buckets within a row are kept oldest first, so dropping from a row shifts the rest down.
  const dropOldestInRow = (row: number, count: number) => {
    const start = row * slotsPerRow;
    const remaining = rowCounts[row]! - count;
    for (let k = 0; k < remaining; k++) {
      bucketTotals[start + k] = bucketTotals[start + k + count]!;
      bucketSquares[start + k] = bucketSquares[start + k + count]!;
    }
    rowCounts[row] = remaining;
    while (rows > 0 && rowCounts[rows - 1] === 0) rows -= 1;
  };

  const mergeFullRows = () => {
    for (let row = 0; rowCounts[row]! > maxBuckets; row++) {
      const slot = row * slotsPerRow;
      const size = 2 ** row;
      const olderTotal = bucketTotals[slot]!;
      const newerTotal = bucketTotals[slot + 1]!;
      const meanGap = (olderTotal - newerTotal) / size;
      // Chan et al.'s pairwise update: n·n/(n+n) = n/2 for two equal-sized buckets.
      const merged = bucketSquares[slot]! + bucketSquares[slot + 1]! + (size / 2) * meanGap * meanGap;
      dropOldestInRow(row, 2);
      append(row + 1, olderTotal + newerTotal, merged);
    }
  };

  const insert = (x: number) => {
    if (width > 0) {
      const gap = x - total / width;
      squares += (width * gap * gap) / (width + 1);
    }
    width += 1;
    total += x;
    append(0, x, 0);
    mergeFullRows();
  };

  const dropOldestBucket = () => {
    const row = rows - 1;
    const slot = row * slotsPerRow;
    const size = 2 ** row;
    const bucketTotal = bucketTotals[slot]!;
    width -= size;
    total -= bucketTotal;
    if (width > 0) {
      const gap = bucketTotal / size - total / width;
      // Rounding can push a near-zero sum of squares just below zero; a variance never is.
      squares = Math.max(0, squares - bucketSquares[slot]! - ((size * width) / (size + width)) * gap * gap);
    } else {
      total = 0;
      squares = 0;
    }
    dropOldestInRow(row, 1);
  };

  // Scans cuts from the oldest boundary to the newest; drops the oldest bucket at the first significant one.
  const cutOnce = (): boolean => {
    const logTerm = Math.log((2 * Math.log(width)) / delta);
    const windowVariance = squares / width;
    let olderWidth = 0;
    let olderTotal = 0;
    for (let row = rows - 1; row >= 0; row--) {
      const size = 2 ** row;
      const count = rowCounts[row]!;
      for (let k = 0; k < count; k++) {
        olderWidth += size;
        olderTotal += bucketTotals[row * slotsPerRow + k]!;
        const newerWidth = width - olderWidth;
        if (newerWidth <= 0) return false;
        if (olderWidth < minWindowLength || newerWidth < minWindowLength) continue;
        const gap = Math.abs(olderTotal / olderWidth - (total - olderTotal) / newerWidth);
        const inverseSizes = 1 / (olderWidth - minWindowLength + 1) + 1 / (newerWidth - minWindowLength + 1);
        const epsilon = Math.sqrt(2 * inverseSizes * windowVariance * logTerm) + (2 / 3) * logTerm * inverseSizes;
        if (gap > epsilon) {
          dropOldestBucket();
          return true;
        }
      }
    }
    return false;
  };

  const detect = (): boolean => {
    ticks += 1;
    if (ticks % clock !== 0 || width <= gracePeriod) return false;
    let cut = false;
    while (width > 0 && cutOnce()) cut = true;
    return cut;
  };

  return {
    update(x) {
      if (!Number.isFinite(x)) throw new RangeError(`ADWIN needs finite values, got ${x}.`);
      insert(x);
      const cut = detect();
      if (cut) detections += 1;
      state = cut ? 'drift' : 'stable';
      return state;
    },
    reset() {
      rowCounts.fill(0);
      rows = 0;
      width = 0;
      total = 0;
      squares = 0;
      ticks = 0;
      detections = 0;
      state = 'stable';
    },
    get state() {
      return state;
    },
    get width() {
      return width;
    },
    get mean() {
      return width === 0 ? 0 : total / width;
    },
    get variance() {
      return width === 0 ? 0 : squares / width;
    },
    get detections() {
      return detections;
    },
  };
}
