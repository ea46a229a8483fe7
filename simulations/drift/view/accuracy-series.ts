// Estimated and true accuracy per batch as chart series, and a y range that keeps a fall in view without rescaling every step.
import type { Point } from '../../charts';
import type { BatchPoint } from '../snapshot';

export function accuracySeries(history: readonly Pick<BatchPoint, 'batch' | 'estimatedAccuracy' | 'trueAccuracy'>[]): { estimated: Point[]; truth: Point[] } {
  return {
    estimated: history.map((point) => ({ x: point.batch, y: point.estimatedAccuracy })),
    // Batches still waiting for labels are left out, not drawn as gaps: the line simply has not got there yet.
    truth: history.flatMap((point) => (point.trueAccuracy === null ? [] : [{ x: point.batch, y: point.trueAccuracy }])),
  };
}

/** The bottom of the accuracy axis: 50 %, or lower in steps of 10 points when a value falls below it. */
export function accuracyFloor(values: readonly number[]): number {
  const lowest = values.reduce((min, v) => (Number.isFinite(v) ? Math.min(min, v) : min), 0.5);
  return Math.max(0, Math.floor(lowest * 10) / 10);
}
