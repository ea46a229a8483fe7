// How controls show a param's value to readers: exact, unlocalised digits with thousands separators and the unit.
import { formatValue, type ParamSpec } from '../core/params';

/**
 * The value as a reader sees it ("0.05", "2,000", "Logistic regression", "On"). Numbers keep
 * every digit of their shortest exact form, so the shown value is the value the engine runs
 * with; only tiny numbers fall back to exponent notation (1e-9).
 */
export function formatParamValue(spec: ParamSpec, value: number | string | boolean): string {
  if (spec.kind === 'choice') return spec.options.find((option) => option.value === value)?.label ?? String(value);
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (typeof value !== 'number') return String(value);
  if (spec.kind === 'seed') return formatValue(value);
  const exact = formatValue(value);
  if (exact.includes('e')) return exact;
  // Intl would print the binary expansion (0.299999…) if asked for more digits than the shortest form has.
  const decimals = Math.min(20, exact.split('.')[1]?.length ?? 0);
  return new Intl.NumberFormat('en', { maximumFractionDigits: decimals }).format(value);
}

/** Value and unit as one phrase ("25 passes", "5%"); also the slider's aria-valuetext. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return /^[%°]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}
