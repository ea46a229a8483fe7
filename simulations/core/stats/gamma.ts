// Regularized incomplete gamma functions P(a, x) and Q(a, x): the tail areas behind chi-square p-values.
import { logGamma } from '../poisson';

/** Relative size at which a series or continued-fraction term no longer changes a double. */
const EPSILON = 1e-16;
/** Stands in for zero in Lentz's method, whose denominators must never be exactly 0. */
const TINY = 1e-300;
/** Both expansions converge in O(√a) steps; this cap only stops a runaway on absurd input. */
const MAX_ITERATIONS = 100_000;

/**
 * Lower regularized incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
 * Same value as `scipy.special.gammainc(a, x)`.
 */
export function regularizedGammaP(a: number, x: number): number {
  assertArguments(a, x);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  // Each expansion is only accurate on its own side of x = a + 1; the other side is 1 − it.
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
}

/**
 * Upper regularized incomplete gamma Q(a, x) = Γ(a, x) / Γ(a) = 1 − P(a, x), for a > 0 and
 * x ≥ 0. Computed directly in the upper tail, so tiny p-values keep their relative precision.
 * Same value as `scipy.special.gammaincc(a, x)`.
 */
export function regularizedGammaQ(a: number, x: number): number {
  assertArguments(a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
}

function assertArguments(a: number, x: number): void {
  if (!(a > 0) || !Number.isFinite(a)) throw new RangeError(`The incomplete gamma shape a must be a finite number > 0, got ${a}.`);
  if (!(x >= 0)) throw new RangeError(`The incomplete gamma argument x must be ≥ 0, got ${x}.`);
}

/** x^a e^(−x) / Γ(a), the factor both expansions share, computed in logs to avoid overflow. */
function prefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

/** P(a, x) = prefactor · Σₙ xⁿ / (a (a+1) … (a+n)); converges fast for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  let denominator = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) return sum * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma series did not converge for a = ${a}, x = ${x}.`);
}

/**
 * Q(a, x) by Legendre's continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))),
 * evaluated with the modified Lentz method; converges fast for x ≥ a + 1.
 */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const numerator = -i * (i - a);
    b += 2;
    d = numerator * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < EPSILON) return fraction * prefactor(a, x);
  }
  throw new Error(`The incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}.`);
}
