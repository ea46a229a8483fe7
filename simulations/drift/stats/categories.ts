// Counts of a categorical column in two samples, lined up over the union of categories seen in either.

/** A category label as it arrives from a column: language code, sender domain, a flag. */
export type Category = string | number | boolean;

export interface AlignedCounts {
  /** Every category seen in either sample: the reference's in first-seen order, then new ones from the current sample. */
  categories: Category[];
  reference: number[];
  current: number[];
}

/**
 * Counts each category in both samples over the union of their categories, so a category that
 * appears only in production (a new language, a broken upstream emitting "null") still gets a
 * row with a 0 reference count. Throws on an empty sample or a missing/NaN label.
 */
export function alignCategoryCounts(reference: readonly Category[], current: readonly Category[]): AlignedCounts {
  assertCategories(reference, 'reference');
  assertCategories(current, 'current');
  const index = new Map<Category, number>();
  const counts = { reference: [] as number[], current: [] as number[] };
  const tally = (values: readonly Category[], side: 'reference' | 'current') => {
    for (const value of values) {
      let at = index.get(value);
      if (at === undefined) {
        at = index.size;
        index.set(value, at);
        counts.reference.push(0);
        counts.current.push(0);
      }
      counts[side][at]! += 1;
    }
  };
  tally(reference, 'reference');
  tally(current, 'current');
  return { categories: [...index.keys()], ...counts };
}

function assertCategories(values: readonly Category[], name: string): void {
  if (values.length === 0) throw new Error(`The ${name} sample is empty; a drift statistic needs at least one value.`);
  values.forEach((value, i) => {
    // Types keep these out, but CSV uploads and JSON do not respect types.
    const missing = value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
    if (missing) throw new Error(`The ${name} sample has a missing category (${String(value)}) at index ${i}; map missing values to an explicit label such as "missing" first.`);
  });
}
