// Wilson score interval for a proportion, e.g. an error rate: honest bands even with few requests or zero errors.
import { normalQuantile } from './normal';

export interface ProportionInterval {
  /** The observed proportion successes / trials. */
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * Two-sided Wilson score interval for `successes` out of `trials`, matching
 * `scipy.stats.binomtest(k, n).proportion_ci(confidence_level, method='wilson')` and statsmodels'
 * `proportion_confint(k, n, alpha, method='wilson')`. Unlike the textbook p̂ ± z·√(p̂(1−p̂)/n), it
 * never leaves [0, 1] and does not collapse to [0, 0] at zero errors: 0 errors in 500 requests still
 * allows an error rate up to 0.76 % at 95 %. As in SciPy, the bound is exactly 0 at k = 0 and
 * exactly 1 at k = n (the formula would leave a rounding sliver there).
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): ProportionInterval {
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`A proportion needs a whole number of trials ≥ 1, got ${trials}.`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`Successes must be a whole number from 0 to trials (${trials}), got ${successes}.`);
  }
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`The confidence level must be strictly between 0 and 1, got ${confidence}.`);
  const z = normalQuantile(0.5 + 0.5 * confidence);
  const estimate = successes / trials;
  // Newcombe (1998)'s form, as SciPy writes it: centre and half-width over a common denominator 2(n + z²).
  const denominator = 2 * (trials + z * z);
  const centre = (2 * successes + z * z) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt(4 * trials * estimate * (1 - estimate) + z * z);
  return {
    estimate,
    lower: successes === 0 ? 0 : centre - halfWidth,
    upper: successes === trials ? 1 : centre + halfWidth,
  };
}
