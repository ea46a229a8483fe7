// Model performance with and without labels: the confidence-based (CBPE-style) estimate, and errors once labels arrive.

/** The serving threshold: a message with P(spam) ≥ 0.5 goes to the spam folder. */
export const THRESHOLD = 0.5;

/**
 * Expected accuracy without labels, as NannyML's CBPE estimates it: for a calibrated model a row
 * scored p is right with probability max(p, 1 − p) at threshold 0.5, so the batch's expected
 * accuracy is the mean of that. It is only as good as the calibration: it cannot see a change in
 * P(label | inputs), because the model's scores do not change when only the labels do.
 */
export function estimatedAccuracy(probabilities: ArrayLike<number>): number {
  if (probabilities.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    sum += p >= THRESHOLD ? p : 1 - p;
  }
  return sum / probabilities.length;
}

/** 1 where the model's decision at the threshold disagrees with the true label (1 = spam). */
export function errorsOf(probabilities: ArrayLike<number>, labels: ArrayLike<number>): Uint8Array {
  if (probabilities.length !== labels.length) throw new Error(`Got ${probabilities.length} predictions for ${labels.length} labels.`);
  return Uint8Array.from({ length: labels.length }, (_, i) => ((probabilities[i]! >= THRESHOLD ? 1 : 0) === labels[i] ? 0 : 1));
}

/** Share of rows without an error; NaN for none. */
export function accuracyOf(errors: ArrayLike<number>): number {
  let wrong = 0;
  for (let i = 0; i < errors.length; i++) wrong += errors[i]!;
  return errors.length === 0 ? NaN : 1 - wrong / errors.length;
}

/** Number of errors. */
export function errorCount(errors: ArrayLike<number>): number {
  let wrong = 0;
  for (let i = 0; i < errors.length; i++) wrong += errors[i]!;
  return wrong;
}
