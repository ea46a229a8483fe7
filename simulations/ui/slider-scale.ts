// Maps a number or int param to positions of a native range input and back: on its step grid, or logarithmic.
import type { IntParam, NumberParam } from '../core/params';

export type RangeSpec = NumberParam | IntParam;

/**
 * Positions per factor of ten on a log slider: an arrow key moves the value by about 2.3 %, and
 * a 0.001–30 learning-rate slider has 448 positions, fine enough for a thumb on a phone.
 */
export const LOG_POSITIONS_PER_DECADE = 100;

export interface SliderScale {
  /** Attributes for the `<input type="range">`: real values, or position indices for log. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Nearest slider position for a value (the value itself on a linear slider). */
  toPosition(value: number): number;
  /** The valid param value a slider position stands for (rounded to a readable precision). */
  toValue(position: number): number;
}

export function sliderScale(spec: RangeSpec): SliderScale {
  return spec.kind === 'number' && spec.scale === 'log' ? logScale(spec) : linearScale(spec);
}

function linearScale(spec: RangeSpec): SliderScale {
  // The range input reports min + k·step; rounding to the decimals of min and step strips float
  // noise (0.30000000000000004) so share links stay short.
  const decimals = Math.min(20, Math.max(decimalsOf(spec.min), decimalsOf(spec.step)));
  return {
    min: spec.min,
    max: spec.max,
    step: spec.step,
    toPosition: (value) => clamp(value, spec.min, spec.max),
    toValue: (position) => {
      const value = spec.kind === 'int' ? Math.round(position) : Number(position.toFixed(decimals));
      return clamp(value, spec.min, spec.max);
    },
  };
}

function logScale(spec: NumberParam): SliderScale {
  const span = Math.log(spec.max / spec.min);
  const positions = Math.max(1, Math.round(LOG_POSITIONS_PER_DECADE * Math.log10(spec.max / spec.min)));
  const digits = significantDigits(span / positions);
  return {
    min: 0,
    max: positions,
    step: 1,
    toPosition: (value) => (value > spec.min ? clamp(Math.round((positions * Math.log(value / spec.min)) / span), 0, positions) : 0),
    toValue: (position) => {
      const index = clamp(Math.round(position), 0, positions);
      // The ends are exact so the whole range, including min and max themselves, is reachable.
      if (index === 0) return spec.min;
      if (index === positions) return spec.max;
      const raw = spec.min * Math.exp((span * index) / positions);
      return clamp(Number(raw.toPrecision(digits)), spec.min, spec.max);
    },
  };
}

/**
 * Fewest significant digits whose rounding error stays under half a slider position, so a
 * rounded value maps back to its own position: otherwise an arrow key press could round back
 * to the value it started from and the thumb would never move.
 */
function significantDigits(logStep: number): number {
  let digits = 1;
  while (digits < 15 && 10 ** (1 - digits) >= logStep) digits += 1;
  return digits;
}

/** Digits after the decimal point in a number's shortest form (1e-7 → 7, 0.25 → 2). */
function decimalsOf(value: number): number {
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
