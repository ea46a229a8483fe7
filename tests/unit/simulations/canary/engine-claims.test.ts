// The canary spec's claims, run on the real engine (TF.js models serving seeded traffic): each would fail if the rollout logic, the traffic or the harm count broke.
import { describe, expect, it } from 'vitest';
import type { StrategyName } from '../../../../simulations/canary/params';
import { meanQuality, runPreset } from './engine-runs';

const STRATEGIES: StrategyName[] = ['argo', 'flagger', 'kayenta', 'shadow', 'blue-green'];

describe('canary claims', { timeout: 120_000 }, () => {
  it('weights always sum to 100 and never go negative, for every strategy and kind of v2', async () => {
    for (const strategy of STRATEGIES) {
      for (const variant of ['better', 'broken', 'slow'] as const) {
        const { final } = await runPreset(null, { strategy, variant, duration: 15 });
        expect(final.weights.length).toBeGreaterThanOrEqual(1);
        for (const point of final.weights) {
          expect(point.stable + point.canary + point.baseline).toBe(100);
          expect(Math.min(point.stable, point.canary, point.baseline, point.mirror)).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it('a broken release is rolled back within interval × (failure limit + 1) under Argo, and interval × (threshold + 1) under Flagger', async () => {
    for (const [interval, failureLimit] of [[60, 1], [30, 2], [20, 0]] as const) {
      const { final } = await runPreset('broken-release', { interval, failureLimit, duration: 15 });
      expect(final.phase).toBe('aborted');
      expect(final.decidedAtS!).toBeLessThanOrEqual(interval * (failureLimit + 1));
      expect(final.weights.at(-1)!.canary).toBe(0);
    }
    for (const threshold of [1, 2, 3]) {
      const { final } = await runPreset('broken-release', { strategy: 'flagger', threshold, duration: 15 });
      expect(final.phase).toBe('aborted');
      // Flagger checks the failed-check count at the start of the next tick (see strategies/flagger.ts).
      expect(final.decidedAtS!).toBeLessThanOrEqual(60 * (threshold + 1));
    }
  });

  it('with low traffic the judge reports insufficient data instead of passing, while thresholds let the broken v2 through', async () => {
    const judged = await runPreset('low-traffic', { strategy: 'kayenta', duration: 20 });
    expect(judged.final.judge.length).toBeGreaterThan(10);
    for (const point of judged.final.judge) expect(point.verdict).toBe('insufficient-data');
    expect(judged.final.phase).not.toBe('promoted');
    expect(judged.final.events.some((event) => event.kind === 'promote')).toBe(false);
    let promoted = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) promoted += (await runPreset('low-traffic', { seed, duration: 20 })).final.phase === 'promoted' ? 1 : 0;
    // Measured: 5 of these 8 seeds promote the version that fails 3 % of requests.
    expect(promoted).toBeGreaterThanOrEqual(4);
  });

  it('the blast radius of a canary is a fraction of blue-green’s for the same bad release', async () => {
    for (const variant of ['broken', 'slow'] as const) {
      const canary = await runPreset(null, { variant, strategy: variant === 'slow' ? 'flagger' : 'argo', duration: 15 });
      const blueGreen = await runPreset(null, { variant, strategy: 'blue-green', duration: 15 });
      expect(canary.final.phase).toBe('aborted');
      expect(blueGreen.final.phase).toBe('aborted');
      expect(canary.final.harmed).toBeGreaterThan(0);
      expect(canary.final.harmed).toBeLessThan(0.35 * blueGreen.final.harmed);
    }
  });

  it('identical versions pass every strategy and harm nobody', async () => {
    for (const strategy of STRATEGIES) {
      const { final } = await runPreset(null, { variant: 'same', strategy, duration: 20 });
      expect(final.phase, strategy).toBe('promoted');
      expect(final.harmed).toBe(0);
      expect(final.events.filter((event) => event.kind === 'analysis' && event.outcome === 'fail')).toEqual([]);
    }
  });

  it('counted harm matches Σ weight × rate × Δt × P(bad) within sampling error', async () => {
    for (const id of ['broken-release', 'quality-regression', 'segment-regression'] as const) {
      const { final } = await runPreset(id);
      expect(Math.abs(final.harmed - final.expectedHarm)).toBeLessThan(4 * Math.sqrt(final.expectedHarm) + 5);
    }
  });
});

describe('presets reach their lessons', { timeout: 120_000 }, () => {
  it('good release: every measurement passes, promoted after 10 minutes, and the labels later show it catches more spam', async () => {
    const { final } = await runPreset('good-release');
    expect(final.phase).toBe('promoted');
    expect(final.decidedAtS).toBe(600);
    expect(final.events.filter((event) => event.kind === 'set-weight').map((event) => (event as { weight: number }).weight)).toEqual([20, 40, 60, 80, 100]);
    expect(meanQuality(final, 'v2Quality', 'caught')).toBeGreaterThan(meanQuality(final, 'v1Quality', 'caught') + 0.15);
  });

  it('slow release: errors look like v1’s, p99 fails the check, Flagger rolls it back', async () => {
    const { final } = await runPreset('slow-release');
    expect(final.phase).toBe('aborted');
    const served = final.intervals.filter((interval) => interval.v2.requests > 0);
    for (const interval of served) {
      expect(interval.v2.p99Ms!).toBeGreaterThan(50);
      expect(interval.v2.errorRate!).toBeLessThan(0.01);
    }
  });

  it('quality regression: green checks, promoted, and only the late labels show less spam caught', async () => {
    const { p, final, snapshots } = await runPreset('quality-regression', {}, { keep: true });
    expect(final.phase).toBe('promoted');
    expect(final.events.some((event) => event.kind === 'analysis' && event.outcome !== 'pass')).toBe(false);
    // Nothing labelled is known before the label delay has passed once.
    const early = snapshots.find((snapshot) => snapshot.nowS === p.labelDelay * 60 - 5)!;
    expect(early.intervals.every((interval) => interval.v2Quality === null)).toBe(true);
    expect(meanQuality(final, 'v2Quality', 'caught')).toBeLessThan(meanQuality(final, 'v1Quality', 'caught') - 0.08);
    expect(final.decidedAtS!).toBeLessThan(p.labelDelay * 60);
  });

  it('segment regression: overall quality up, German mail mostly wrong, promoted anyway', async () => {
    const { final } = await runPreset('segment-regression');
    expect(final.phase).toBe('promoted');
    expect(meanQuality(final, 'v2Quality', 'caught')).toBeGreaterThan(meanQuality(final, 'v1Quality', 'caught'));
    expect(meanQuality(final, 'v2Quality', 'segmentRight')).toBeLessThan(meanQuality(final, 'v1Quality', 'segmentRight') - 0.4);
  });

  it('shadow first: users never get v2, nobody is harmed, and the mirrored failures stop it', async () => {
    const { final } = await runPreset('shadow-first');
    expect(final.weights.every((point) => point.canary === 0)).toBe(true);
    expect(final.weights.some((point) => point.mirror === 100)).toBe(true);
    expect([final.exposed, final.harmed]).toEqual([0, 0]);
    expect(final.phase).toBe('aborted');
    expect(final.intervals.some((interval) => (interval.v2.errorRate ?? 0) > 0.05)).toBe(true);
  });
});
