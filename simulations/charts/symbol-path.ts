// Path commands for small point symbols, so thousands of points can share one <path> element.

/** Circles, squares and triangles differ in shape as well as colour, for readers who cannot tell the hues apart. */
export type SymbolShape = 'circle' | 'square' | 'triangle';

// One decimal is sub-pixel and keeps the path string short and identical from run to run.
const round = (v: number) => Math.round(v * 10) / 10;
// A square this much smaller than the circle's diameter looks about as heavy (equal area would be 0.886).
const SQUARE_SCALE = 0.9;

/** Path data for one symbol of radius `r` centred on (cx, cy), in pixels. */
export function symbolPath(shape: SymbolShape, cx: number, cy: number, r: number): string {
  if (shape === 'triangle') {
    // Point up, a little larger than the circle so its smaller area still reads at a glance.
    const h = r * 1.3;
    return `M${round(cx)},${round(cy - h)}L${round(cx + h)},${round(cy + h * 0.8)}L${round(cx - h)},${round(cy + h * 0.8)}Z`;
  }
  if (shape === 'square') {
    const half = r * SQUARE_SCALE;
    const side = round(2 * half);
    return `M${round(cx - half)},${round(cy - half)}h${side}v${side}h${-side}Z`;
  }
  // Two half-circle arcs: a full circle cannot be drawn with a single arc command.
  const d = round(2 * r);
  return `M${round(cx - r)},${round(cy)}a${r},${r} 0 1,0 ${d},0a${r},${r} 0 1,0 ${-d},0`;
}
