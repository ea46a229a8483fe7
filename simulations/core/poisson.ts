// Exact Poisson sampling for any rate: inversion for small lambda, Hörmann's PTRS for large lambda.

/** Above this rate inversion needs too many steps and PTRS's acceptance rate is high (~90 %). */
export const PTRS_THRESHOLD = 30;

/**
 * Draws one Poisson(lambda) count from a uniform source in [0, 1).
 * lambda < 30: inversion by sequential search (one uniform per draw).
 * lambda ≥ 30: PTRS, the transformed rejection method of W. Hörmann, "The transformed rejection
 * method for generating Poisson random variables" (1993) — exact, not a normal approximation;
 * the same algorithm NumPy uses.
 */
export function samplePoisson(next: () => number, lambda: number): number {
  if (!Number.isFinite(lambda) || lambda < 0) throw new RangeError(`Poisson rate must be a finite number ≥ 0, got ${lambda}.`);
  if (lambda === 0) return 0;
  return lambda < PTRS_THRESHOLD ? byInversion(next, lambda) : byPtrs(next, lambda);
}

function byInversion(next: () => number, lambda: number): number {
  const u = next();
  let probability = Math.exp(-lambda);
  let cumulative = probability;
  let k = 0;
  // The cap only guards against rounding leaving `cumulative` a hair below u near 1.
  while (u > cumulative && k < 1000) {
    k += 1;
    probability *= lambda / k;
    cumulative += probability;
  }
  return k;
}

function byPtrs(next: () => number, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = next() - 0.5;
    const v = next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const lhs = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
    if (lhs <= -lambda + k * logLambda - logGamma(k + 1)) return k;
  }
}

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 by the Lanczos approximation (about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0]!;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) sum += LANCZOS_COEFFICIENTS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
