// Multiple testing: how often k independent drift tests raise at least one false alarm, and Bonferroni's fix.

/** Bonferroni: testing each of k features at α/k keeps the family-wise false-alarm rate at or below α. */
export function bonferroniAlpha(alpha: number, tests: number): number {
  assertAlpha(alpha);
  assertTests(tests);
  return alpha / tests;
}

/**
 * P(at least one false alarm) = 1 − (1 − α)^k for k independent tests, each at level α, when
 * nothing has drifted. With 20 features at α = 0.05 that is ≈ 0.64: most no-drift batches raise
 * some alarm. Computed as −expm1(k · log1p(−α)) so small α·k keeps its precision.
 */
export function familyWiseFalseAlarmRate(alpha: number, tests: number): number {
  assertAlpha(alpha);
  assertTests(tests);
  return -Math.expm1(tests * Math.log1p(-alpha));
}

/** The family-wise rate after the Bonferroni correction: 1 − (1 − α/k)^k, just under α (≈ 0.0488 for α = 0.05, k = 20). */
export function bonferroniFamilyWiseRate(alpha: number, tests: number): number {
  return familyWiseFalseAlarmRate(bonferroniAlpha(alpha, tests), tests);
}

function assertAlpha(alpha: number): void {
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`A significance level α must be in [0, 1], got ${alpha}.`);
}

function assertTests(tests: number): void {
  if (!Number.isInteger(tests) || tests < 1) throw new RangeError(`The number of tests must be a whole number ≥ 1, got ${tests}.`);
}
