// The streaming simulation's presets: each one sets up a single lesson about event time.
import { definePresets } from '../core/presets';
import { params } from './params';

export const presets = definePresets(params, {
  'in-order': {
    label: 'In-order events',
    description: 'Every message takes the same half second to arrive. Nothing is late, every window fires once, and the batch job’s counts equal the stream’s.',
    values: { delayMedian: 0.5, delaySpread: 0, partitionLag: 0, stragglers: 0 },
  },
  'late-stragglers': {
    label: 'Late stragglers',
    description: 'One message in twenty arrives about a minute late, long after the watermark has passed its window, so the stream drops it. Raise the allowed lateness to 2 minutes and the late results put it back.',
    values: { stragglers: 0.05, stragglerDelay: 60, allowedLateness: 0 },
  },
  'idle-partition': {
    label: 'Idle partition',
    description: 'Partition 1 goes quiet at minute 5. The job’s watermark is the slowest partition’s, so it stops, and no window fires, until the one-minute idleness timeout sets the silent partition aside. Set the timeout to 0 and the watermark never moves again.',
    values: { idleAfter: 5, idleTimeout: 60, stragglers: 0 },
  },
  'too-aggressive-watermark': {
    label: 'Too-aggressive watermark',
    description: 'One partition, 30-second windows, and a watermark that trails the newest event by nothing at all: any message overtaken by a faster one near a window’s end is behind it. Results come quickly and are wrong; watch the dropped count climb, then raise the bound to 10 seconds.',
    values: { partitions: 1, windowSize: 30, bound: 0, delayMedian: 2, delaySpread: 1, stragglers: 0 },
  },
  'accumulating-double-count': {
    label: 'Accumulating double count',
    description: 'Windows report early every 30 seconds and again for late data, and every result restates the running total. A downstream job that adds up the results counts most messages two or three times; switch to discarding panes and the sums agree.',
    values: { accumulation: 'accumulating', earlyEvery: 30, allowedLateness: 120, stragglers: 0.05 },
  },
  'campaign-burst': {
    label: 'Campaign burst',
    description: 'Two hours in, a spam campaign starts with words the model has never seen. The streaming model learns them from the next windows and its recall recovers within minutes; the batch model stays blind until its next run at hour 6.',
    values: { duration: 720, tick: 60, rate: 10, campaignAt: 120, batchEvery: 360, stragglers: 0 },
  },
  'lambda-vs-kappa': {
    label: 'Lambda vs Kappa',
    description: 'Lambda runs two code paths: a fast stream that drops stragglers and a batch job with a backfill that counts them later. Their numbers disagree on every window a straggler touched. Kappa keeps one replayable stream: allow 3 minutes of lateness and the stream alone reaches the batch numbers.',
    values: { stragglers: 0.04, stragglerDelay: 90, batchEvery: 10, backfill: true, allowedLateness: 0 },
  },
});

export type StreamingPresetId = keyof typeof presets;
