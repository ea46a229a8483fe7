// Numeric samples as every simulation's statistics take them, and the guards they share: no empty sample, no NaN.

/** A numeric sample: a plain array or any typed array (feature values, latencies, 0/1 per request for errors). */
export type Sample = readonly number[] | Float64Array | Float32Array | Int32Array | Uint8Array;

/**
 * Throws unless `values` is non-empty and every value is finite. A NaN would sort unpredictably
 * and silently poison ranks, distances and quantiles, so it is reported with its position.
 */
export function assertFiniteSample(values: Sample, name: string): void {
  if (values.length === 0) throw new Error(`The ${name} sample is empty; a statistic needs at least one value.`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) throw new Error(`The ${name} sample has a non-finite value (${value}) at index ${i}; drop or impute missing values before comparing samples.`);
  }
}

/** A sorted Float64Array copy; typed-array sort is numeric (a plain Array sort would compare strings). */
export function sortedCopy(values: Sample): Float64Array {
  return Float64Array.from(values).sort();
}
