// The streaming engine: pipeline mechanics plus the two models' freshness, one slice of processing time per step.
import type { SimEngine } from '../core/engine';
import { MINUTE_MS } from '../core/mail-world';
import { loadTf, type Tf } from '../core/tf';
import { countBetween } from './batch-path';
import { createFreshness, type Freshness, type LabelledEvent } from './freshness';
import type { StreamingParams } from './params';
import { createPipeline, type Pipeline } from './pipeline';
import type { EventPoint, PartitionStatus, StreamingSnapshot, WindowRow } from './snapshot';
import { perfectWatermark } from './watermark';

/** Windows listed in the results table. */
export const TABLE_WINDOWS = 12;
/** Arrivals kept per partition lane. */
const LANE_ARRIVALS = 200;

export interface StreamingState {
  tf: Tf;
  pipeline: Pipeline;
  freshness: Freshness;
  /** Accepted events the online model has not learned from yet: they wait for their window's result. */
  untrained: LabelledEvent[];
}

/** How far back the scatter and lanes look: about four windows, between 2 and 20 minutes. */
export function viewSpan(p: StreamingParams): number {
  const unit = p.window === 'session' ? p.sessionGap * 6000 : p.windowSize * 4000;
  return Math.min(20 * MINUTE_MS, Math.max(2 * MINUTE_MS, unit, p.tick * 8000));
}

/** Precision and recall are measured over 36 intervals of the run (at least a minute each). */
export const evalInterval = (p: StreamingParams): number => Math.max(MINUTE_MS, Math.round((p.duration * MINUTE_MS) / 36 / MINUTE_MS) * MINUTE_MS);

export const streamingEngine: SimEngine<StreamingParams, StreamingState, StreamingSnapshot> = {
  async init(p, seed) {
    const tf = await loadTf();
    const pipeline = createPipeline(p, seed);
    const freshness = createFreshness(tf, pipeline.source.world, seed, p.onlineRate, evalInterval(p));
    return { tf, pipeline, freshness, untrained: [] };
  },

  step(state, p) {
    const { pipeline, freshness, untrained } = state;
    let unserved: LabelledEvent[] = [];
    const serve = () => {
      freshness.serve(unserved);
      unserved = [];
    };
    pipeline.advanceTo(Math.min(pipeline.now + p.tick * 1000, p.duration * MINUTE_MS), {
      onRead(events) {
        unserved.push(...events);
        for (const e of events) if (e.fate !== 'dropped') untrained.push(e);
      },
      onPanes(panes, now) {
        // Learn per window: once an on-time or late result is out, train on the untrained data it covers.
        const final = panes.filter((pane) => pane.timing !== 'early');
        if (final.length === 0) return;
        const upTo = Math.max(...final.map((pane) => pane.window.end));
        const ready = untrained.filter((e) => e.eventTime < upTo);
        if (ready.length === 0) return;
        serve();
        freshness.learnOnline(ready, now);
        const keep = untrained.filter((e) => e.eventTime >= upTo);
        untrained.length = 0;
        untrained.push(...keep);
      },
      onBatchRun(at, cutoff) {
        serve();
        freshness.retrainBatch(pipeline.read.filter((e) => e.eventTime < cutoff), at);
      },
    });
    serve();
    return state;
  },

  snapshot(state, p) {
    const { pipeline, freshness } = state;
    const now = pipeline.now;
    const viewFrom = Math.max(0, now - viewSpan(p));
    const events: EventPoint[] = [];
    for (let i = pipeline.read.length - 1; i >= 0 && pipeline.read[i]!.arrival >= viewFrom; i--) {
      const e = pipeline.read[i]!;
      events.push({ id: e.id, eventTime: e.eventTime, arrival: e.arrival, partition: e.partition, spam: e.spam, fate: e.fate });
    }
    events.reverse();
    const totals = { arrived: pipeline.read.length, onTime: 0, late: 0, dropped: 0 };
    for (const e of pipeline.read) {
      if (e.fate === 'on-time') totals.onTime += 1;
      else if (e.fate === 'late') totals.late += 1;
      else totals.dropped += 1;
    }
    let countedTotal = 0;
    let disagreements = 0;
    for (const w of pipeline.operator.windows.values()) {
      countedTotal += w.counted;
      const batch = pipeline.batchCounts.get(w.key);
      if (batch !== undefined && batch !== w.counted) disagreements += 1;
    }
    return {
      now,
      duration: p.duration * MINUTE_MS,
      watermark: pipeline.watermark,
      events,
      viewFrom,
      watermarkTrace: traceSince(pipeline, viewFrom),
      partitions: partitionStatuses(pipeline, p, viewFrom),
      windows: windowRows(pipeline),
      totals: {
        ...totals,
        sideOutput: p.lateData === 'side-output' ? totals.dropped : 0,
        downstreamSum: pipeline.downstreamSum,
        countedTotal,
        disagreements,
        batchRuns: pipeline.batchRuns.slice(),
      },
      freshness: {
        points: freshness.points(now),
        batch: freshness.side('batch'),
        streaming: freshness.side('streaming'),
        campaignStart: p.campaignAt > 0 ? p.campaignAt * MINUTE_MS : null,
      },
      tensors: state.tf.memory().numTensors,
    };
  },

  finished: (state, p) => state.pipeline.now >= p.duration * MINUTE_MS,

  dispose: (state) => state.freshness.dispose(),
};

/** The watermark's steps inside the view, starting with its value at the view's left edge. */
function traceSince(pipeline: Pipeline, from: number) {
  const trace = pipeline.watermarkTrace;
  let first = trace.length - 1;
  while (first > 0 && trace[first]!.t > from) first--;
  const points = trace.slice(first).map((point, i) => (i === 0 ? { t: Math.max(point.t, from), watermark: point.watermark } : point));
  points.push({ t: pipeline.now, watermark: pipeline.watermark });
  return points;
}

function partitionStatuses(pipeline: Pipeline, p: StreamingParams, from: number): PartitionStatus[] {
  return pipeline.tracker.partitions.map((state, partition) => {
    let watermark = state.watermark;
    if (p.watermark === 'perfect') {
      const inFlight = pipeline.inFlight.filter((e) => e.partition === partition && e.eventTime <= pipeline.now).map((e) => e.eventTime);
      watermark = perfectWatermark(pipeline.now, inFlight.length ? Math.min(...inFlight) : null);
    }
    const arrivals: number[] = [];
    for (let i = pipeline.read.length - 1; i >= 0 && pipeline.read[i]!.arrival >= from && arrivals.length < LANE_ARRIVALS; i--) {
      if (pipeline.read[i]!.partition === partition) arrivals.push(pipeline.read[i]!.arrival);
    }
    return { partition, watermark, lastArrival: state.lastArrival, idle: state.idle, arrivals: arrivals.reverse() };
  });
}

function windowRows(pipeline: Pipeline): WindowRow[] {
  const all = [...pipeline.operator.windows.values()].sort((a, b) => a.end - b.end || a.start - b.start);
  return all.slice(-TABLE_WINDOWS).map((w) => {
    const pool = w.partition === null ? pipeline.generated : pipeline.generatedByPartition[w.partition]!;
    return {
      key: w.key,
      start: w.start,
      end: w.end,
      partition: w.partition,
      trueCount: countBetween(pool, w.start, w.end),
      counted: w.counted,
      missed: w.missed,
      panes: w.panes.map((pane) => ({ ...pane })),
      state: w.closed ? 'closed' : w.fired ? 'fired' : 'open',
      batchCount: pipeline.batchCounts.get(w.key) ?? null,
    };
  });
}
