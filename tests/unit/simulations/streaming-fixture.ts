// A hand-written StreamingSnapshot for the streaming view tests: three minutes in, partition 1 idle, accumulating panes.
import type { StreamingSnapshot, WindowRow } from '../../../simulations/streaming/snapshot';

/** One tumbling window 0:00–2:00 with early, on-time and late panes (accumulating: 5, 13, 16), and a batch count of 15. */
export function windowRow(overrides: Partial<WindowRow> = {}): WindowRow {
  return {
    key: '0-120000',
    start: 0,
    end: 120_000,
    partition: null,
    trueCount: 16,
    counted: 16,
    missed: 0,
    panes: [
      { timing: 'early', value: 5, firedAt: 60_000, windowEnd: 120_000, watermark: 50_000 },
      { timing: 'on-time', value: 13, firedAt: 126_000, windowEnd: 120_000, watermark: 119_999 },
      { timing: 'late', value: 16, firedAt: 150_000, windowEnd: 120_000, watermark: 140_000 },
    ],
    state: 'fired',
    batchCount: 15,
    ...overrides,
  };
}

/** The snapshot at 3:00: watermark 2:50, downstream sum 34 over 16 counted (double counting), one batch run at 15:00. */
export function streamingSnapshot(overrides: Partial<StreamingSnapshot> = {}): StreamingSnapshot {
  return {
    now: 180_000,
    duration: 1_800_000,
    watermark: 170_000,
    events: [
      { id: 1, eventTime: 100_000, arrival: 101_000, partition: 0, spam: false, fate: 'on-time' },
      { id: 2, eventTime: 110_000, arrival: 130_000, partition: 1, spam: true, fate: 'late' },
      { id: 3, eventTime: 20_000, arrival: 170_000, partition: 1, spam: false, fate: 'dropped' },
    ],
    viewFrom: 0,
    watermarkTrace: [
      { t: 0, watermark: null },
      { t: 60_000, watermark: 50_000 },
      { t: 120_000, watermark: 110_000 },
    ],
    partitions: [
      { partition: 0, watermark: 100_000, lastArrival: 101_000, idle: true, arrivals: [90_000, 101_000] },
      { partition: 1, watermark: 170_000, lastArrival: 179_000, idle: false, arrivals: [170_000, 179_000] },
    ],
    windows: [windowRow()],
    totals: { arrived: 40, onTime: 37, late: 2, dropped: 1, sideOutput: 1, downstreamSum: 34, countedTotal: 16, disagreements: 1, batchRuns: [900_000] },
    freshness: {
      points: [{ t: 60_000, batch: { precision: 0.9, recall: 0.3 }, streaming: { precision: 0.88, recall: 0.95 }, messages: 30, spam: 10 }],
      batch: { cost: 100_000, latency: 9_000_000, updates: [900_000] },
      streaming: { cost: 8_000, latency: 110_000, updates: [120_000, 240_000] },
      campaignStart: 30_000,
    },
    tensors: 6,
    ...overrides,
  };
}
