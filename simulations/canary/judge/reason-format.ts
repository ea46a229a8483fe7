// Numbers as the judge's report sentences print them: short, and never "p = 0" for a tiny p-value.

/** A statistic in a sentence: 3 significant digits, no exponent for everyday magnitudes ("1.05", "212", "0.0123"). */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return String(Number(value.toPrecision(3)));
}

/** A p-value in a sentence: "p = 0.034", "p = 2.1e-9"; an exact 0 (underflow) reads "p < 1e-300". */
export function formatP(p: number): string {
  if (p === 0) return 'p < 1e-300';
  return p < 0.001 ? `p = ${p.toExponential(1)}` : `p = ${formatValue(p)}`;
}
