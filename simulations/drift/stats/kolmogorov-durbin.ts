// Exact Kolmogorov CDF P(D_n < d) by Durbin's matrix method, in the form of Marsaglia, Tsang and Wang (2003).

/** Entries are kept near 1 by exact powers of two; this is how far they may drift before a rescale. */
const RESCALE_ABOVE = 2 ** 64;
const RESCALE_BELOW = 2 ** -64;

/**
 * P(D_n < d) for the two-sided one-sample Kolmogorov statistic, exact up to rounding
 * (Durbin 1968; Marsaglia, Tsang & Wang, J. Stat. Softw. 8(18), 2003). Write n·d = k − h with
 * k an integer and 0 ≤ h < 1; the answer is n!/nⁿ times the central entry of Hⁿ, where H is a
 * (2k − 1)-square matrix of inverse factorials. Cost O(k³ log n), so it suits small n·d.
 */
export function durbinKolmogorovCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const size = 2 * k - 1;
  const power = matrixPower(durbinMatrix(size, h), size, n);
  return timesFactorialOverPower(power.matrix[(k - 1) * size + (k - 1)]!, power.exponent, n);
}

/** H[i][j] = 1/(i − j + 1)! on and below the superdiagonal, with MTW's corrections in the first column and last row. */
function durbinMatrix(size: number, h: number): Float64Array {
  const inverseFactorial = [1];
  for (let j = 1; j <= size; j++) inverseFactorial.push(inverseFactorial[j - 1]! / j);
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) if (i - j + 1 >= 0) matrix[i * size + j] = inverseFactorial[i - j + 1]!;
  }
  for (let i = 0; i < size; i++) matrix[i * size] = matrix[i * size]! - h ** (i + 1) * inverseFactorial[i + 1]!;
  const last = (size - 1) * size;
  for (let j = 0; j < size; j++) matrix[last + j] = matrix[last + j]! - h ** (size - j) * inverseFactorial[size - j]!;
  // The corner had h^size subtracted twice; for h > 1/2 the two corrected regions overlap and add back.
  if (2 * h - 1 > 0) matrix[last] = matrix[last]! + (2 * h - 1) ** size * inverseFactorial[size]!;
  return matrix;
}

interface ScaledMatrix {
  matrix: Float64Array;
  /** The true matrix is `matrix` × 2^exponent; Hⁿ overflows a double long before n reaches 1,000. */
  exponent: number;
}

function matrixPower(base: Float64Array, size: number, n: number): ScaledMatrix {
  let result: ScaledMatrix = { matrix: identity(size), exponent: 0 };
  let square: ScaledMatrix = { matrix: base, exponent: 0 };
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) result = rescaled({ matrix: multiply(result.matrix, square.matrix, size), exponent: result.exponent + square.exponent });
    if (remaining > 1) square = rescaled({ matrix: multiply(square.matrix, square.matrix, size), exponent: 2 * square.exponent });
  }
  return result;
}

function identity(size: number): Float64Array {
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < size; i++) matrix[i * size + i] = 1;
  return matrix;
}

function multiply(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const product = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let l = 0; l < size; l++) {
      const ail = a[i * size + l]!;
      if (ail === 0) continue;
      for (let j = 0; j < size; j++) product[i * size + j] = product[i * size + j]! + ail * b[l * size + j]!;
    }
  }
  return product;
}

/** Divides by a power of two (exact) when the largest entry leaves [2^-64, 2^64]. */
function rescaled(scaled: ScaledMatrix): ScaledMatrix {
  let largest = 0;
  for (const value of scaled.matrix) largest = Math.max(largest, Math.abs(value));
  if (largest === 0 || (largest <= RESCALE_ABOVE && largest >= RESCALE_BELOW)) return scaled;
  const shift = Math.floor(Math.log2(largest));
  const factor = 2 ** -shift;
  return { matrix: scaled.matrix.map((value) => value * factor), exponent: scaled.exponent + shift };
}

/** value × 2^exponent × n!/nⁿ, multiplying one factor i/n at a time so nothing over- or underflows on the way. */
function timesFactorialOverPower(value: number, exponent: number, n: number): number {
  let mantissa = value;
  let shift = exponent;
  for (let i = 1; i <= n; i++) {
    mantissa = (mantissa * i) / n;
    if (mantissa !== 0 && Math.abs(mantissa) < RESCALE_BELOW) {
      mantissa *= RESCALE_ABOVE;
      shift -= 64;
    }
  }
  // Apply the remaining power of two in steps a double can hold.
  while (shift > 0 && mantissa !== 0) {
    const step = Math.min(shift, 1000);
    mantissa *= 2 ** step;
    shift -= step;
  }
  while (shift < 0 && mantissa !== 0) {
    const step = Math.max(shift, -1000);
    mantissa *= 2 ** step;
    shift -= step;
  }
  return mantissa;
}
