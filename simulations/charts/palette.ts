// The series colours a chart may use, mapped to the site's colour-blind-safe, dark-mode-aware tokens.

/** A palette slot: `viz-1`…`viz-6`, or the good/bad pair (blue/orange, never red/green). */
export type SeriesColour = 'viz-1' | 'viz-2' | 'viz-3' | 'viz-4' | 'viz-5' | 'viz-6' | 'good' | 'bad';

const TOKENS: Record<SeriesColour, string> = {
  'viz-1': 'var(--viz-1)',
  'viz-2': 'var(--viz-2)',
  'viz-3': 'var(--viz-3)',
  'viz-4': 'var(--viz-4)',
  'viz-5': 'var(--viz-5)',
  'viz-6': 'var(--viz-6)',
  good: 'var(--viz-good)',
  bad: 'var(--viz-bad)',
};

/** The CSS value for a slot; always a custom property, so the theme (light/dark) decides the actual colour. */
export function colourVar(colour: SeriesColour): string {
  return TOKENS[colour];
}

/** A slot at `percent` strength over the page background: a ramp of tints that darkens in light mode and brightens in dark mode. */
export function tintedColour(colour: SeriesColour, percent: number): string {
  return percent >= 100 ? colourVar(colour) : `color-mix(in srgb, ${colourVar(colour)} ${Math.max(0, Math.round(percent))}%, var(--bg))`;
}
