// Caller rows and labels checked and packed into the row-major float32 buffers fed to TF.js.

/**
 * Feature rows: an array of rows (number[] or Float32Array each), or one row-major Float32Array of
 * rows × inputDim values (cheap to transfer from a worker).
 */
export type SpamRows = ReadonlyArray<ArrayLike<number>> | Float32Array;

/** Labels: 1 = spam, 0 = ham. */
export type SpamLabels = ArrayLike<number>;

export interface PackedRows {
  values: Float32Array;
  rows: number;
}

/** Pack `x` row-major, checking widths and rejecting NaN/±Infinity (impute upstream instead). */
export function packRows(x: SpamRows, inputDim: number): PackedRows {
  let values: Float32Array;
  if (x instanceof Float32Array) {
    if (x.length % inputDim !== 0) {
      throw new Error(`A packed Float32Array needs rows × ${inputDim} values, got ${x.length}.`);
    }
    values = x;
  } else {
    values = new Float32Array(x.length * inputDim);
    x.forEach((row, r) => {
      if (row.length !== inputDim) throw new Error(`Row ${r} has ${row.length} features; the model expects ${inputDim}.`);
      for (let c = 0; c < inputDim; c += 1) values[r * inputDim + c] = row[c] as number;
    });
  }
  for (let i = 0; i < values.length; i += 1) {
    if (!Number.isFinite(values[i])) {
      throw new Error(`Feature ${i % inputDim} of row ${Math.floor(i / inputDim)} is ${values[i]}; impute or drop it first.`);
    }
  }
  return { values, rows: values.length / inputDim };
}

/** Labels must line up with the rows and be exactly 0 or 1. */
export function checkLabels(y: SpamLabels, rows: number): void {
  if (y.length !== rows) throw new Error(`Got ${y.length} labels for ${rows} rows.`);
  for (let i = 0; i < y.length; i += 1) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error(`Label ${i} is ${y[i]}; labels must be 0 (ham) or 1 (spam).`);
  }
}

/** Copy the chosen rows (and their labels) into fresh contiguous buffers for one mini-batch. */
export function gatherBatch(
  packed: PackedRows,
  inputDim: number,
  y: SpamLabels,
  indices: ArrayLike<number>,
): { x: Float32Array; y: Float32Array } {
  const xs = new Float32Array(indices.length * inputDim);
  const ys = new Float32Array(indices.length);
  for (let k = 0; k < indices.length; k += 1) {
    const row = indices[k] as number;
    xs.set(packed.values.subarray(row * inputDim, (row + 1) * inputDim), k * inputDim);
    ys[k] = y[row] as number;
  }
  return { x: xs, y: ys };
}
