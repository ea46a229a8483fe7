// Watermarks: per-partition bounded out-of-orderness (as Flink does it), the job's minimum, and idleness.

/** Flink emits periodic watermarks every 200 ms of processing time by default. */
export const WATERMARK_INTERVAL_MS = 200;

export interface PartitionWatermark {
  /** Largest event time seen, or -Infinity before the first event. */
  maxEventTime: number;
  /** Processing time of the latest event, or null. */
  lastArrival: number | null;
  /** Last emitted watermark, or null before the first event. */
  watermark: number | null;
  idle: boolean;
}

export interface WatermarkTracker {
  readonly partitions: readonly PartitionWatermark[];
  /** Reads one event on `partition`; a partition marked idle becomes active again. */
  observe(partition: number, eventTime: number, arrival: number): void;
  /**
   * A periodic emission at processing time `now`: updates every partition's watermark and idleness
   * and returns the job watermark (monotonic; null until every active partition has one).
   */
  emit(now: number): number | null;
  readonly current: number | null;
}

/**
 * watermark = max event time seen − bound − 1 ms (Flink's BoundedOutOfOrdernessWatermarks). The job
 * watermark is the minimum over partitions that are not idle, so one silent partition holds it still
 * until `idleTimeoutMs` (0 = never) passes without data. With every partition idle it stays put.
 */
export function createWatermarkTracker(count: number, boundMs: number, idleTimeoutMs: number): WatermarkTracker {
  const partitions: PartitionWatermark[] = Array.from({ length: count }, () => ({ maxEventTime: -Infinity, lastArrival: null, watermark: null, idle: false }));
  let current: number | null = null;
  return {
    partitions,
    get current() {
      return current;
    },
    observe(partition, eventTime, arrival) {
      const state = partitions[partition]!;
      state.maxEventTime = Math.max(state.maxEventTime, eventTime);
      state.lastArrival = arrival;
      state.idle = false;
    },
    emit(now) {
      for (const state of partitions) {
        if (state.maxEventTime > -Infinity) state.watermark = Math.max(state.watermark ?? -Infinity, state.maxEventTime - boundMs - 1);
        if (idleTimeoutMs > 0 && now - (state.lastArrival ?? 0) >= idleTimeoutMs) state.idle = true;
      }
      current = combine(partitions, current);
      return current;
    },
  };
}

/** The job watermark from partition watermarks: min over active partitions, never moving backwards. */
export function combine(partitions: readonly Pick<PartitionWatermark, 'watermark' | 'idle'>[], previous: number | null): number | null {
  const active = partitions.filter((p) => !p.idle);
  if (active.length === 0 || active.some((p) => p.watermark === null)) return previous;
  const lowest = Math.min(...active.map((p) => p.watermark!));
  return previous === null ? lowest : Math.max(previous, lowest);
}

/**
 * The perfect watermark an oracle would emit: just before the earliest event still in flight (event
 * time ≤ now, not yet read), or just before now when nothing is. No event can ever be behind it.
 */
export function perfectWatermark(now: number, earliestInFlight: number | null): number {
  return Math.min(now, earliestInFlight ?? now) - 1;
}
