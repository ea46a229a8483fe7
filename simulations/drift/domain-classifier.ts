// The domain classifier: a TF.js logistic regression that tries to tell reference rows from the batch; its held-out AUC is the multivariate drift score.
import type { Rng } from '../core/rng';
import type { Tf } from '../core/tf';
import { rocAuc } from './auc';
import { languageColumns, rowMajor, scaledMailColumns } from './encode';
import { MAIL_NUMERIC_COUNT, concatRows, pickRows, sliceRows, type Rows } from './features';

/** Rows drawn from each side, at most: enough for a steady AUC, small enough for a fast step. */
export const DOMAIN_ROWS_PER_SIDE = 1000;
const NEWTON_STEPS = 8;
/** Ridge penalty on standardised inputs: keeps the Hessian well conditioned when the sides separate perfectly. */
const L2 = 0.01;

export interface DomainCheck {
  /** ROC AUC on the held-out half: 0.5 = indistinguishable, 1 = perfectly separable. */
  auc: number;
  /** Rows per side used for training (the same number again is held out). */
  trainRowsPerSide: number;
}

/**
 * Draws the same number of rows from each side, trains on half of them and scores the other half.
 * Inputs: the scaled mail numerics, their squares and pairwise products (so a changed correlation
 * is visible to a linear model), the extras and language one-hots, all standardised on the
 * training half. Fitted by Newton's method from zero weights: no randomness beyond the row
 * draw, so the result depends only on the rows and `rng`.
 */
export function domainClassifierCheck(tf: Tf, reference: Rows, current: Rows, rng: Rng): DomainCheck {
  const perSide = Math.min(reference.size, current.size, DOMAIN_ROWS_PER_SIDE);
  const train = Math.floor(perSide / 2);
  if (train < 2) return { auc: NaN, trainRowsPerSide: 0 };
  const ref = pickRows(reference, sampleIndices(reference.size, perSide, rng));
  const cur = pickRows(current, sampleIndices(current.size, perSide, rng));
  // Stacked as [reference train | current train | reference test | current test].
  const stacked = concatRows([sliceRows(ref, 0, train), sliceRows(cur, 0, train), sliceRows(ref, train, perSide), sliceRows(cur, train, perSide)]);
  const columns = designColumns(stacked, 2 * train);
  const trainSize = 2 * train;
  const testSize = 2 * (perSide - train);
  const width = columns.length;
  const all = rowMajor(columns, trainSize + testSize);
  const y = Float32Array.from({ length: trainSize }, (_, i) => (i < train ? 0 : 1));
  const testLabels = Uint8Array.from({ length: testSize }, (_, i) => (i < perSide - train ? 0 : 1));
  const scores = fitAndScore(tf, all.subarray(0, trainSize * width), y, all.subarray(trainSize * width), width);
  return { auc: rocAuc(scores, testLabels), trainRowsPerSide: train };
}

/** Feature columns of the stacked rows, standardised with the mean and spread of the first `trainSize` rows. */
function designColumns(rows: Rows, trainSize: number): Float64Array[] {
  const mail = scaledMailColumns(rows).map((column) => standardise(column, trainSize));
  const products: Float64Array[] = [];
  for (let a = 0; a < mail.length; a++) {
    for (let b = a; b < mail.length; b++) products.push(mail[a]!.map((x, i) => x * mail[b]![i]!));
  }
  const extras = rows.numeric.slice(MAIL_NUMERIC_COUNT);
  return [...mail, ...products, ...extras, ...languageColumns(rows)].map((column) => standardise(column, trainSize));
}

/** (x − mean) / sd with both taken over the first `trainSize` values; a constant column becomes 0. */
function standardise(column: Float64Array, trainSize: number): Float64Array {
  let mean = 0;
  for (let i = 0; i < trainSize; i++) mean += column[i]! / trainSize;
  let variance = 0;
  for (let i = 0; i < trainSize; i++) variance += (column[i]! - mean) ** 2 / trainSize;
  const sd = Math.sqrt(variance);
  return column.map((x) => (sd > 1e-12 ? (x - mean) / sd : 0));
}

/**
 * Fits L2-regularised logistic regression on (x, y) by Newton's method (IRLS, as `glm` and
 * scikit-learn's newton-cg do): TF.js computes the gradient and Hessian, a d × d Cholesky solve
 * here takes the step. From zero weights, a handful of steps reach the optimum that a thousand
 * gradient steps would only approach. Returns P(current) for each test row; every tensor is freed.
 */
function fitAndScore(tf: Tf, xTrain: Float32Array, y: Float32Array, xTest: Float32Array, width: number): Float32Array {
  const n = y.length;
  const d = width + 1;
  // A column of ones carries the intercept.
  const withBias = (x: Float32Array, rows: number) => {
    const out = new Float32Array(rows * d);
    for (let r = 0; r < rows; r++) {
      out.set(x.subarray(r * width, (r + 1) * width), r * d);
      out[r * d + width] = 1;
    }
    return out;
  };
  const x = tf.tensor2d(withBias(xTrain, n), [n, d]);
  const labels = tf.tensor2d(y, [n, 1]);
  const weights = new Float64Array(d);
  try {
    for (let i = 0; i < NEWTON_STEPS; i++) {
      let gradient = new Float64Array(d);
      let hessian = new Float64Array(d * d);
      tf.tidy(() => {
        const w = tf.tensor2d(Float32Array.from(weights), [d, 1]);
        const p = tf.sigmoid(tf.matMul(x, w));
        const g = tf.add(tf.div(tf.matMul(x, tf.sub(p, labels), true), n), tf.mul(w, L2));
        const s = tf.mul(p, tf.sub(1, p));
        const h = tf.add(tf.div(tf.matMul(x, tf.mul(x, s), true), n), tf.mul(tf.eye(d), L2));
        // Copied out before the tidy frees the tensors.
        gradient = Float64Array.from(g.dataSync());
        hessian = Float64Array.from(h.dataSync());
      });
      const step = solveSymmetric(hessian, gradient, d);
      let largest = 0;
      for (let k = 0; k < d; k++) {
        weights[k]! -= step[k]!;
        largest = Math.max(largest, Math.abs(step[k]!));
      }
      if (largest < 1e-6) break;
    }
    const rows = xTest.length / width;
    let scores = new Float32Array(rows);
    tf.tidy(() => {
      const z = tf.matMul(tf.tensor2d(withBias(xTest, rows), [rows, d]), tf.tensor2d(Float32Array.from(weights), [d, 1]));
      scores = Float32Array.from(tf.sigmoid(z).dataSync());
    });
    return scores;
  } finally {
    x.dispose();
    labels.dispose();
  }
}

/** Solves A z = b for symmetric positive-definite A (row-major, n × n) by Cholesky decomposition. */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) throw new Error('The Hessian is not positive definite; raise the L2 penalty.');
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + j] = sum / l[j * n + j]!;
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * z[k]!;
    z[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * z[k]!;
    z[i] = sum / l[i * n + i]!;
  }
  return z;
}

/** `k` distinct indices from 0…n−1 in random order (a partial Fisher–Yates shuffle). */
export function sampleIndices(n: number, k: number, rng: Rng): Uint32Array {
  const pool = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const swap = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = swap;
  }
  return pool.slice(0, k);
}
