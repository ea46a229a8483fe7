// Chart geometry: the outer size from width and aspect, the margins around the plot, and tick density.

/** Outer size of a chart's SVG in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Width used before the container is measured: on the server (Astro prerender) and in jsdom. */
export const DEFAULT_WIDTH = 640;
/** Width ÷ height when no height is given; 640 px wide gives a 356 px tall chart. */
export const DEFAULT_ASPECT = 1.8;
// Bounds keep a phone-width chart tall enough to read and a wide screen's chart from filling the viewport.
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 480;

// The y-axis title sits above the plot (readable on a phone, unlike rotated text), so the top margin holds it.
export const MARGIN_TOP = 28;
export const MARGIN_RIGHT = 16;
export const MARGIN_BOTTOM = 44;
// Tick labels are 12 px; this is a generous average glyph width, so labels never collide with the edge.
const TICK_CHAR_PX = 7.2;
const TICK_GAP_PX = 14;

/** The SVG's height: the given height, or the width over the aspect ratio, kept within readable bounds. */
export function chartHeight(width: number, height: number | undefined, aspectRatio = DEFAULT_ASPECT): number {
  if (height !== undefined) return height;
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width / aspectRatio)));
}

/** Left margin wide enough for the longest y tick label, so "12,000" and "0.95" both fit without a fixed guess. */
export function leftMargin(yTickLabels: readonly string[]): number {
  const longest = yTickLabels.reduce((max, label) => Math.max(max, label.length), 0);
  return Math.min(120, Math.max(36, Math.ceil(longest * TICK_CHAR_PX) + TICK_GAP_PX));
}

/** How many ticks to ask a scale for: about one every `spacing` pixels, at least two. */
export function tickCount(lengthPx: number, spacingPx: number): number {
  return Math.max(2, Math.round(lengthPx / spacingPx));
}
