import { describe, expect, test } from 'vitest';
import { combine, createWatermarkTracker, perfectWatermark } from '../../../simulations/streaming/watermark';

describe('watermarks', () => {
  test('bounded out-of-orderness: max event time seen − bound − 1 ms, as Flink computes it', () => {
    const tracker = createWatermarkTracker(1, 5_000, 0);
    expect(tracker.emit(200)).toBeNull();
    tracker.observe(0, 60_000, 61_000);
    expect(tracker.emit(61_200)).toBe(54_999);
    // An older event does not pull the watermark back.
    tracker.observe(0, 50_000, 61_300);
    expect(tracker.emit(61_400)).toBe(54_999);
  });

  test('the job watermark is the minimum over partitions and waits for every partition’s first event', () => {
    const tracker = createWatermarkTracker(2, 0, 0);
    tracker.observe(0, 10_000, 10_100);
    expect(tracker.emit(10_200)).toBeNull();
    tracker.observe(1, 4_000, 10_300);
    expect(tracker.emit(10_400)).toBe(3_999);
  });

  test('a silent partition holds the watermark until the idleness timeout, then stops counting', () => {
    const tracker = createWatermarkTracker(2, 0, 60_000);
    tracker.observe(0, 1_000, 1_000);
    tracker.observe(1, 1_000, 1_000);
    expect(tracker.emit(1_000)).toBe(999);
    for (let t = 2_000; t < 61_000; t += 1_000) {
      tracker.observe(0, t, t);
      expect(tracker.emit(t)).toBe(999);
    }
    tracker.observe(0, 61_000, 61_000);
    expect(tracker.emit(61_000)).toBe(60_999);
    expect(tracker.partitions[1]!.idle).toBe(true);
    // Data on the idle partition makes it count again (the job watermark never moves back).
    tracker.observe(1, 30_000, 62_000);
    expect(tracker.partitions[1]!.idle).toBe(false);
    expect(tracker.emit(62_000)).toBe(60_999);
  });

  test('with every partition idle the watermark stays where it was', () => {
    expect(combine([{ watermark: 5, idle: true }], 3)).toBe(3);
    expect(combine([{ watermark: 2, idle: false }], 3)).toBe(3);
  });

  test('the perfect watermark sits just before the earliest message still in flight', () => {
    expect(perfectWatermark(10_000, 7_000)).toBe(6_999);
    expect(perfectWatermark(10_000, null)).toBe(9_999);
  });
});
