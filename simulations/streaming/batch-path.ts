// The batch path: a scheduled job that counts finished windows from whatever has arrived by its run.
import { fixedWindowsEndingIn, sessionize, windowKey, type WindowSpec } from './windows';

/** A run at R covers event time up to R − 1 min: the job waits a minute for stragglers, as nightly jobs do. */
export const BATCH_GRACE_MS = 60_000;

export interface ArrivedEvent {
  eventTime: number;
  arrival: number;
  partition: number;
}

export interface BatchRun {
  /** Processing time of the run. */
  at: number;
  /** Windows (by key) ending in the covered range, with the count the run found. */
  counts: Map<string, number>;
  /** Event time covered: windows with from < end ≤ to. */
  from: number;
  to: number;
}

/**
 * One batch run at `at` over `events` (in any order). Without backfill it covers windows
 * ending after the previous cut-off; with backfill it also recomputes the period before that, so data
 * that arrived after the previous run is counted at last.
 */
export function runBatch(at: number, previousCutoffs: readonly number[], events: readonly ArrivedEvent[], spec: WindowSpec, backfill: boolean, partitions: number): BatchRun {
  const to = Math.max(0, at - BATCH_GRACE_MS);
  const lookBack = backfill ? 2 : 1;
  const from = previousCutoffs.length >= lookBack ? previousCutoffs[previousCutoffs.length - lookBack]! : 0;
  const arrived = events.filter((e) => e.arrival <= at).sort((a, b) => a.eventTime - b.eventTime);
  const counts = new Map<string, number>();
  if (spec.kind === 'session') {
    for (let p = 0; p < partitions; p++) {
      const times = arrived.filter((e) => e.partition === p && e.eventTime < to).map((e) => e.eventTime);
      for (const session of sessionize(times, p, spec.gapMs)) if (session.end > from && session.end <= to) counts.set(windowKey(session), session.count);
    }
  } else {
    for (const w of fixedWindowsEndingIn(from, to, spec)) {
      counts.set(windowKey(w), countBetween(arrived, w.start, w.end));
    }
  }
  return { at, counts, from, to };
}

/** Events with start ≤ event time < end, by binary search over event-time-sorted events. */
export function countBetween(sorted: readonly { eventTime: number }[], start: number, end: number): number {
  return lowerBound(sorted, end) - lowerBound(sorted, start);
}

function lowerBound(sorted: readonly { eventTime: number }[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.eventTime < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
