// Input guards shared by the drift statistics: every test refuses empty samples and non-finite values up front.

/** A numeric sample as the drift statistics accept it: a plain array or any typed array. */
export type Sample = readonly number[] | Float64Array | Float32Array | Int32Array;

/**
 * Throws unless `values` is non-empty and every value is a finite number. A NaN would sort
 * unpredictably and silently poison every statistic, so it is reported with its position.
 */
export function assertFiniteSample(values: Sample, name: string): void {
  if (values.length === 0) throw new Error(`The ${name} sample is empty; a drift statistic needs at least one value.`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) {
      throw new Error(`The ${name} sample has a non-finite value (${value}) at index ${i}; drop or impute missing values before testing for drift.`);
    }
  }
}

/** Throws unless `counts` is non-empty and holds finite counts ≥ 0 with a positive total. */
export function assertCounts(counts: readonly number[], name: string): void {
  if (counts.length === 0) throw new Error(`The ${name} counts are empty; give one count per category.`);
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i]!;
    if (!Number.isFinite(count) || count < 0) throw new Error(`The ${name} counts must be finite and ≥ 0, got ${count} at index ${i}.`);
    total += count;
  }
  if (!(total > 0)) throw new Error(`The ${name} counts add up to 0; at least one category needs an observation.`);
}

/** A sorted copy; typed-array sort is numeric (a plain Array sort would compare strings). */
export function sortedCopy(values: Sample): Float64Array {
  return Float64Array.from(values).sort();
}
