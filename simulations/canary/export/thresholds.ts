// The strategies' health criteria checked and written as numbers for YAML, in the units each tool expects.
import type { HealthCriteria } from '../strategies/config';

/** A number without floating-point noise, for YAML and conditions: 0.57 × 100 → 57, not 56.99999999999999. */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** A success rate (0–1) as the percentage Flagger's `request-success-rate` compares against. */
export function successPercent(rate: number): number {
  return tidy(rate * 100);
}

/** Throws when the criteria cannot be written as a check: a success rate outside (0, 1] or a latency bound that is not positive. */
export function checkCriteria(criteria: HealthCriteria): void {
  if (!(criteria.minSuccessRate > 0 && criteria.minSuccessRate <= 1)) throw new RangeError(`minSuccessRate must be in (0, 1], got ${criteria.minSuccessRate}.`);
  if (!(Number.isFinite(criteria.maxP99Ms) && criteria.maxP99Ms > 0)) throw new RangeError(`maxP99Ms must be a positive number of milliseconds, got ${criteria.maxP99Ms}.`);
}

/** Throws unless `value` is a whole number ≥ `min`; `name` is the setting's name for the message. */
export function checkWhole(name: string, value: number, min: number, max = Infinity): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${name} must be a whole number ${range}, got ${value}.`);
  }
}
