// Friendly checks of strategy settings: each error names the strategy, the setting and the rule.

export function requirePositive(where: string, name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${where}: ${name} must be a finite number > 0, got ${value}.`);
}

export function requireCount(where: string, name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${where}: ${name} must be an integer ≥ ${min}, got ${value}.`);
}

/** An integer percentage in [min, max]: the tools take integer weights, which keeps the sum exactly 100. */
export function requireWeight(where: string, name: string, value: number, min: number, max = 100): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${where}: ${name} must be an integer from ${min} to ${max} percent, got ${value}.`);
  }
}

/** Weights that rise strictly, each an integer in [1, max]. */
export function requireRisingWeights(where: string, name: string, weights: readonly number[], max: number): void {
  if (weights.length === 0) throw new RangeError(`${where}: ${name} needs at least one weight.`);
  weights.forEach((weight, i) => {
    requireWeight(where, `${name}[${i}]`, weight, 1, max);
    if (i > 0 && weight <= weights[i - 1]!) throw new RangeError(`${where}: ${name} must rise, but ${weight} follows ${weights[i - 1]}.`);
  });
}

/** A success rate in [0, 1] and a positive p99 limit. */
export function requireCriteria(where: string, criteria: { readonly minSuccessRate: number; readonly maxP99Ms: number }): void {
  requireRate(where, 'criteria.minSuccessRate', criteria.minSuccessRate);
  requirePositive(where, 'criteria.maxP99Ms', criteria.maxP99Ms);
}

export function requireRate(where: string, name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${where}: ${name} must be a rate from 0 to 1, got ${value}.`);
}
