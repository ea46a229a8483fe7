// Stretches of batches to shade: where the scenario really drifted, and where labels have not arrived yet.
import type { ShadedSpan } from '../../charts';
import type { BatchPoint } from '../snapshot';

/** Each run of consecutive drifted batches, first to last batch inclusive (the truth the monitor cannot see). */
export function driftSpans(history: readonly Pick<BatchPoint, 'batch' | 'driftActive'>[], label = 'true drift'): ShadedSpan[] {
  const spans: ShadedSpan[] = [];
  for (const point of history) {
    const last = spans.at(-1);
    if (!point.driftActive) continue;
    if (last && last.to === point.batch - 1) last.to = point.batch;
    else spans.push({ from: point.batch, to: point.batch, label });
  }
  return spans;
}

/** The newest batch whose true accuracy is known, or null before any labels arrived. */
export function lastLabelled(history: readonly Pick<BatchPoint, 'batch' | 'trueAccuracy'>[]): number | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.trueAccuracy !== null) return history[i]!.batch;
  return null;
}

/**
 * The label-delay gap on a batch axis: from the newest labelled batch (or the start) to the newest
 * batch, where only the estimate is known. Null when every batch served so far is labelled.
 */
export function labelGap(history: readonly Pick<BatchPoint, 'batch' | 'trueAccuracy'>[], labelDelay: number): ShadedSpan | null {
  const newest = history.at(-1)?.batch;
  if (newest === undefined) return null;
  const known = lastLabelled(history) ?? 0;
  if (known >= newest) return null;
  return { from: known, to: newest, label: `labels pending (${labelDelay} ${labelDelay === 1 ? 'batch' : 'batches'} late)` };
}
