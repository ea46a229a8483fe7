// The canary engine's contract: determinism, fair comparisons across strategies, flat TF.js tensors, a human's answer to a pause.
import { describe, expect, it } from 'vitest';
import { canaryEngine } from '../../../../simulations/canary/engine';
import { presets } from '../../../../simulations/canary/presets';
import { paramsFor, runPreset } from './engine-runs';

describe('canary engine', { timeout: 120_000 }, () => {
  it('has the spec’s seven presets', () => {
    expect(Object.keys(presets)).toEqual(['good-release', 'broken-release', 'slow-release', 'low-traffic', 'quality-regression', 'segment-regression', 'shadow-first']);
  });

  it('gives the same run for the same seed and params, and a different one for another seed', async () => {
    const a = await runPreset('broken-release', { duration: 8 });
    const b = await runPreset('broken-release', { duration: 8 });
    const c = await runPreset('broken-release', { duration: 8, seed: 7 });
    expect(b.final).toEqual(a.final);
    expect(c.final.intervals).not.toEqual(a.final.intervals);
  });

  it('sends the same requests whatever the strategy, so strategies compare fairly', async () => {
    const total = (run: Awaited<ReturnType<typeof runPreset>>) => run.final.intervals.reduce((sum, interval) => sum + interval.v1.requests + interval.v2.requests, 0);
    const argo = await runPreset(null, { strategy: 'argo', duration: 6 });
    const flagger = await runPreset(null, { strategy: 'flagger', duration: 6 });
    const blueGreen = await runPreset(null, { strategy: 'blue-green', duration: 6 });
    expect(total(flagger)).toBe(total(argo));
    expect(total(blueGreen)).toBe(total(argo));
  });

  it('keeps tf.memory().numTensors flat over 1,000 steps', async () => {
    const p = paramsFor(null, { duration: 120, strategy: 'kayenta' });
    const state = await canaryEngine.init(p, p.seed);
    try {
      for (let i = 0; i < 10; i++) canaryEngine.step(state, p);
      const after10 = canaryEngine.snapshot(state, p).tensors;
      for (let i = 10; i < 1000; i++) canaryEngine.step(state, p);
      expect(canaryEngine.snapshot(state, p).tensors).toBe(after10);
    } finally {
      canaryEngine.dispose!(state);
    }
  });

  it('a paused rollout waits for a human; an answer after 5 minutes resumes or aborts it', async () => {
    const waiting = await runPreset(null, { variant: 'slow', duration: 15 });
    expect(waiting.final.phase).toBe('paused');
    expect(waiting.final.weights.at(-1)!.canary).toBe(20);
    const pausedAt = waiting.final.events.find((event) => event.kind === 'pause')!.atS;
    const aborted = await runPreset(null, { variant: 'slow', duration: 15, onPause: 'abort' });
    expect(aborted.final.phase).toBe('aborted');
    expect(aborted.final.decidedAtS).toBe(pausedAt + 300);
    const resumed = await runPreset(null, { variant: 'slow', duration: 15, onPause: 'resume' });
    expect(resumed.final.events.filter((event) => event.kind === 'resume').length).toBeGreaterThan(0);
  });
});
