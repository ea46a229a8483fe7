// Pure helpers for the event-time chart: the watermark as steps, and which window ends get a marker.
import type { WatermarkPoint, WindowRow } from '../snapshot';
import { formatClock } from './run-clock';

/** Window ends drawn as markers; past a handful they turn into noise. */
export const MAX_WINDOW_MARKERS = 8;

/**
 * The job watermark as a line of (event time, processing time) points. It holds its value until the next
 * emission, so each point is followed by a vertical step up to the next one; stretches without a watermark are skipped.
 */
export function watermarkSteps(trace: readonly WatermarkPoint[]): { x: number; y: number }[] {
  return trace.flatMap((p, i) => {
    if (p.watermark === null) return [];
    const next = trace[i + 1];
    const hold = next ? [{ x: p.watermark, y: next.t }] : [];
    return [{ x: p.watermark, y: p.t }, ...hold];
  });
}

/**
 * Vertical markers at the ends of the most recent windows that reach into the view (`from`, event time):
 * shared ends of tumbling and sliding windows once each, session ends labelled with their partition.
 */
export function windowEndMarkers(windows: readonly WindowRow[], from: number): { x: number; label: string }[] {
  const byEnd = new Map<number, string>();
  for (const w of windows) {
    if (w.end < from) continue;
    const label = w.partition === null ? `ends ${formatClock(w.end)}` : `P${w.partition + 1} ends ${formatClock(w.end)}`;
    // Two sessions ending at the same instant share one line.
    if (!byEnd.has(w.end)) byEnd.set(w.end, label);
  }
  return [...byEnd]
    .sort(([a], [b]) => a - b)
    .slice(-MAX_WINDOW_MARKERS)
    .map(([x, label]) => ({ x, label }));
}
