// The canary view's pure helpers: clock text, narration of new decisions and first labels, and the Download run rows.
import { describe, expect, it } from 'vitest';
import type { CanarySnapshot, IntervalPoint } from '../../../../simulations/canary/snapshot';
import { exportRows } from '../../../../simulations/canary/view/export-rows';
import { canaryNarrator } from '../../../../simulations/canary/view/narration';
import { clock } from '../../../../simulations/canary/view/time-format';

const health = (requests: number) => ({ requests, errorRate: requests ? 0.01 : null, errorLow: null, errorHigh: null, p99Ms: requests ? 30 : null, p99Low: null, p99High: null });
const interval = (endS: number, labelled: boolean): IntervalPoint => ({
  endS,
  v1: health(40),
  v2: health(10),
  v1Quality: labelled ? { spam: 12, caught: 0.75, segmentRight: 0.9 } : null,
  v2Quality: labelled ? { spam: 3, caught: 0.5, segmentRight: 0.2 } : null,
});

function snapshot(overrides: Partial<CanarySnapshot>): CanarySnapshot {
  return { nowS: 0, durationS: 1800, intervalS: 60, labelDelayS: 900, phase: 'progressing', weights: [], intervals: [], judge: [], events: [], exposed: 0, harmed: 0, expectedHarm: 0, decidedAtS: null, tensors: 16, ...overrides };
}

describe('clock', () => {
  it('reads minutes and seconds since the start', () => {
    expect([clock(0), clock(65), clock(600), clock(3599.6)]).toEqual(['0:00', '1:05', '10:00', '60:00']);
  });
});

describe('canary narration', () => {
  const start = snapshot({ events: [{ atS: 0, kind: 'start', message: 'Rollout started' }] });

  it('tells the most important new event, and how many there were', () => {
    const next = snapshot({
      nowS: 120,
      harmed: 104,
      events: [
        ...start.events,
        { atS: 60, kind: 'analysis', outcome: 'fail', phase: 'Failed', message: 'measurement 1 failed' },
        { atS: 120, kind: 'abort', message: 'Rollout aborted' },
      ],
    });
    expect(canaryNarrator.describe(start, next)).toBe('2:00: Rollout aborted (2 events). v2 has harmed 104 users so far.');
  });

  it('says nothing when nothing happened, and announces the first labels once', () => {
    expect(canaryNarrator.describe(start, snapshot({ ...start, nowS: 30 }))).toBeNull();
    const labelled = snapshot({ ...start, nowS: 960, intervals: [interval(60, true), interval(120, false)] });
    expect(canaryNarrator.describe(start, labelled)).toBe('First labels in: up to 1:00 v2 caught 50 % of spam, v1 75 %.');
    expect(canaryNarrator.describe(labelled, snapshot({ ...labelled, nowS: 1020 }))).toBeNull();
  });

  it('measures progress in simulated time, so a restarted run starts over', () => {
    expect(canaryNarrator.progress(snapshot({ nowS: 300 }))).toBe(300);
  });
});

describe('canary Download run rows', () => {
  it('gives one row per interval with the weights in force during it and late quality as null', () => {
    const rows = exportRows({
      weights: [
        { atS: 0, stable: 80, canary: 20, baseline: 0, mirror: 0 },
        { atS: 120, stable: 60, canary: 40, baseline: 0, mirror: 0 },
      ],
      intervals: [interval(60, true), interval(120, false), interval(180, false)],
    });
    expect(rows.map((row) => [row.end_s, row.canary_weight, row.v2_spam_caught])).toEqual([
      [60, 20, 0.5],
      [120, 20, null],
      [180, 40, null],
    ]);
    expect(rows[0]).toMatchObject({ v1_requests: 40, v2_requests: 10, v1_german_right: 0.9, v2_german_right: 0.2 });
  });
});
