// The pipeline mechanics without any model: events in flight, watermarks every 200 ms, panes, batch runs.
import { MINUTE_MS } from '../core/mail-world';
import { runBatch } from './batch-path';
import { createEventSource, type EventSource, type StreamEvent } from './event-source';
import type { StreamingParams } from './params';
import type { EventFate, WatermarkPoint } from './snapshot';
import { createWatermarkTracker, perfectWatermark, WATERMARK_INTERVAL_MS, type WatermarkTracker } from './watermark';
import { createWindowOperator, type FiredPane, type WindowOperator } from './window-operator';
import type { WindowSpec } from './windows';

export interface ReadEvent extends StreamEvent {
  fate: EventFate;
}

/** What the pipeline tells its listener (the model side) as processing time moves. */
export interface PipelineHooks {
  /** Events read since the last call, in arrival order, before any pane at the same instant. */
  onRead?(events: readonly ReadEvent[]): void;
  onPanes?(panes: readonly FiredPane[], now: number): void;
  onBatchRun?(at: number, cutoff: number): void;
}

export interface Pipeline {
  readonly source: EventSource;
  readonly operator: WindowOperator;
  readonly tracker: WatermarkTracker;
  readonly spec: WindowSpec;
  /** Processing time reached. */
  readonly now: number;
  /** Job watermark, or null before the first. */
  readonly watermark: number | null;
  /** Every event read so far, in arrival order. */
  readonly read: readonly ReadEvent[];
  /** Every generated event (read or in flight), in event-time order, and per partition. */
  readonly generated: readonly StreamEvent[];
  readonly generatedByPartition: readonly (readonly StreamEvent[])[];
  /** Events not yet read, in arrival order. */
  readonly inFlight: readonly StreamEvent[];
  /** Job watermark at each change (and at run start), processing time ascending. */
  readonly watermarkTrace: readonly WatermarkPoint[];
  /** Batch counts by window key (a backfill overwrites), and the runs so far. */
  readonly batchCounts: ReadonlyMap<string, number>;
  readonly batchRuns: readonly number[];
  readonly downstreamSum: number;
  /** Moves processing time to `end`, stepping watermark emissions and timers every 200 ms. */
  advanceTo(end: number, hooks?: PipelineHooks): void;
}

export function windowSpecOf(p: StreamingParams): WindowSpec {
  return { kind: p.window, sizeMs: p.windowSize * 1000, slideMs: p.slide * 1000, gapMs: p.sessionGap * 1000 };
}

export function createPipeline(p: StreamingParams, seed: number): Pipeline {
  const source = createEventSource(p, seed);
  const spec = windowSpecOf(p);
  const tracker = createWatermarkTracker(p.partitions, p.bound * 1000, p.idleTimeout * 1000);
  const operator = createWindowOperator({
    windows: spec,
    allowedLatenessMs: p.allowedLateness * 1000,
    accumulation: p.accumulation,
    earlyEveryMs: p.earlyEvery * 1000,
    lateFirings: p.lateFirings,
  });
  const batchEveryMs = p.batchEvery * MINUTE_MS;
  const read: ReadEvent[] = [];
  const generated: StreamEvent[] = [];
  const byPartition: StreamEvent[][] = Array.from({ length: p.partitions }, () => []);
  let inFlight: StreamEvent[] = [];
  const trace: WatermarkPoint[] = [{ t: 0, watermark: null }];
  const batchCounts = new Map<string, number>();
  const batchRuns: number[] = [];
  const cutoffs: number[] = [];
  let now = 0;
  let watermark: number | null = null;
  let downstreamSum = 0;

  const emitWatermark = (t: number): number | null => {
    const heuristic = tracker.emit(t);
    if (p.watermark === 'heuristic') return heuristic;
    let earliest: number | null = null;
    for (const e of inFlight) if (e.eventTime <= t && (earliest === null || e.eventTime < earliest)) earliest = e.eventTime;
    return perfectWatermark(t, earliest);
  };

  return {
    source,
    operator,
    tracker,
    spec,
    get now() {
      return now;
    },
    get watermark() {
      return watermark;
    },
    read,
    generated,
    generatedByPartition: byPartition,
    get inFlight() {
      return inFlight;
    },
    watermarkTrace: trace,
    batchCounts,
    batchRuns,
    get downstreamSum() {
      return downstreamSum;
    },
    advanceTo(end, hooks = {}) {
      // Nothing can be read before it happens, so generating up to `end` covers every arrival ≤ end.
      for (const event of source.generate(end)) {
        generated.push(event);
        byPartition[event.partition]!.push(event);
        inFlight.push(event);
      }
      inFlight.sort((a, b) => a.arrival - b.arrival || a.id - b.id);
      let next = 0;
      const first = Math.floor(now / WATERMARK_INTERVAL_MS) * WATERMARK_INTERVAL_MS + WATERMARK_INTERVAL_MS;
      for (let t = first; t <= end; t += WATERMARK_INTERVAL_MS) {
        const batch: ReadEvent[] = [];
        while (next < inFlight.length && inFlight[next]!.arrival <= t) {
          const event = inFlight[next++]!;
          // Elements meet the watermark as last emitted; they move it only at the next emission.
          const fate = operator.add(event.eventTime, event.partition, watermark);
          tracker.observe(event.partition, event.eventTime, event.arrival);
          const readEvent = { ...event, fate };
          read.push(readEvent);
          batch.push(readEvent);
        }
        if (batch.length) {
          inFlight = inFlight.slice(next);
          next = 0;
          hooks.onRead?.(batch);
        }
        const emitted = emitWatermark(t);
        if (emitted !== watermark) trace.push({ t, watermark: emitted });
        watermark = emitted;
        const panes = operator.advance(t, watermark);
        if (panes.length) {
          for (const pane of panes) downstreamSum += pane.value;
          hooks.onPanes?.(panes, t);
        }
        if (t % batchEveryMs === 0) {
          const run = runBatch(t, cutoffs, read, spec, p.backfill, p.partitions);
          for (const [key, count] of run.counts) batchCounts.set(key, count);
          cutoffs.push(run.to);
          batchRuns.push(t);
          hooks.onBatchRun?.(t, run.to);
        }
      }
      now = end;
    },
  };
}
