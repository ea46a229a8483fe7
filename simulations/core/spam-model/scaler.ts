// Standardisation fitted on training rows only, shipped with the model so serving scales the same way.

/** Mean and standard deviation per column of row-major `x`; returns a function that scales any rows alike. */
export function fitScaler(x: Float32Array, columns: number): (data: Float32Array) => Float32Array {
  const rows = x.length / columns;
  const mean = new Float64Array(columns);
  const sd = new Float64Array(columns);
  for (let i = 0; i < x.length; i += 1) mean[i % columns]! += x[i]! / rows;
  for (let i = 0; i < x.length; i += 1) sd[i % columns]! += (x[i]! - mean[i % columns]!) ** 2 / rows;
  // A constant column (sd 0) is only centred, never divided by zero.
  return (data: Float32Array) => data.map((v, i) => (v - mean[i % columns]!) / (Math.sqrt(sd[i % columns]!) || 1));
}
