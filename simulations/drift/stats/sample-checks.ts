// The count guard of the categorical drift statistics; numeric samples are checked by core/sample.

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
