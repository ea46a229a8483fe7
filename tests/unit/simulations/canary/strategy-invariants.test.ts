// Every controller, driven through seeded random runs with human actions: weights always sum to 100, and runs are reproducible.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { DEFAULT_STRATEGIES, type Strategy, type StrategyKind } from '../../../../simulations/canary/strategies/config';
import { createController, type AnalysisInput, type JudgeVerdict, type RolloutController, type VersionHealth } from '../../../../simulations/canary/strategies/controller';
import { driveController, type TraceStep } from '../../../../simulations/canary/strategies/drive';

const KINDS = Object.keys(DEFAULT_STRATEGIES) as StrategyKind[];
const SEEDS = Array.from({ length: 25 }, (_, i) => 1000 + i * 7919);
const BAD_VERDICTS: readonly JudgeVerdict['verdict'][] = ['marginal', 'fail', 'insufficient-data'];
const HEALTHY: VersionHealth = { requests: 3000, errors: 3, p99Ms: 200 };

/** A bad interval: erroring, slow, borderline or empty. */
function badHealth(rng: Rng): VersionHealth {
  const requests = rng.bernoulli(0.25) ? 0 : rng.int(1, 4000);
  const errors = Math.min(requests, Math.round(requests * rng.pick([0.001, 0.02, 0.2])));
  return { requests, errors, p99Ms: requests === 0 ? null : rng.pick([200, 700, 1500]) };
}

/** Each interval is bad with probability `pBad` (drawn per run), so some runs sail through and some fall over. */
function randomInput(rng: Rng, pBad: number): AnalysisInput {
  const bad = rng.bernoulli(pBad);
  const judge: JudgeVerdict = { score: rng.uniform(0, 100), verdict: bad ? rng.pick(BAD_VERDICTS) : 'pass', reason: 'seeded' };
  return { canary: bad ? badHealth(rng) : HEALTHY, stable: HEALTHY, baseline: HEALTHY, judge };
}

/** Drives to the end, resuming or aborting at random when paused, sometimes aborting mid-run; records every state. */
function randomRun(strategy: Strategy, seed: number): { controller: RolloutController; trace: TraceStep[] } {
  const rng = createRng(seed);
  const controller = createController(strategy);
  const trace: TraceStep[] = [{ atS: 0, events: [], weights: controller.weights(), phase: controller.phase() }];
  const pBad = rng.pick([0, 0.1, 0.3, 0.6]);
  const abortAtS = rng.bernoulli(0.2) ? rng.int(1, 900) : Infinity;
  let nowS = 0;
  for (let round = 0; round < 50; round++) {
    trace.push(...driveController(controller, { untilS: Math.min(abortAtS, 20_000), measure: () => randomInput(rng, pBad) }));
    nowS = Math.max(nowS, trace.at(-1)!.atS);
    const human = (atS: number, events: ReturnType<RolloutController['abort']>) => trace.push({ atS, events, weights: controller.weights(), phase: controller.phase() });
    if (controller.phase() === 'paused') {
      nowS += rng.int(0, 300);
      human(nowS, rng.bernoulli(0.8) ? controller.resume(nowS) : controller.abort(nowS));
    } else if (controller.phase() === 'progressing' && controller.dueAt() !== null && controller.dueAt()! > abortAtS) {
      nowS = Math.max(nowS, abortAtS);
      human(nowS, controller.abort(nowS));
    } else {
      break;
    }
  }
  return { controller, trace };
}

describe('every controller under seeded random runs', () => {
  it.each(KINDS)('%s: stable + canary + baseline === 100 at every step, no weight negative', (kind) => {
    for (const seed of SEEDS) {
      const { trace } = randomRun(DEFAULT_STRATEGIES[kind], seed);
      for (const { weights } of trace) {
        expect(weights.stable + weights.canary + weights.baseline).toBe(100);
        expect(Math.min(weights.stable, weights.canary, weights.baseline)).toBeGreaterThanOrEqual(0);
        if (kind !== 'shadow') expect(weights.mirrorPercent).toBe(0);
        if (kind !== 'kayenta') expect(weights.baseline).toBe(0);
      }
    }
  });

  it.each(KINDS)('%s: every run ends promoted or aborted (or still holding at the time limit), with time never going backwards', (kind) => {
    for (const seed of SEEDS) {
      const { controller, trace } = randomRun(DEFAULT_STRATEGIES[kind], seed);
      if (controller.phase() === 'progressing') expect(controller.dueAt()).toBeGreaterThan(20_000);
      else expect(['promoted', 'aborted']).toContain(controller.phase());
      if (controller.phase() !== 'progressing') expect(controller.dueAt()).toBeNull();
      const times = trace.flatMap((step) => step.events.map((e) => e.atS));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // Promoted means the new version serves every user, except in shadow, where users never see it.
      if (controller.phase() === 'promoted') expect(controller.weights().canary).toBe(kind === 'shadow' ? 0 : 100);
      if (controller.phase() === 'aborted') expect(controller.weights().canary).toBe(0);
    }
  });

  it.each(KINDS)('%s: the same seed gives the same trace', (kind) => {
    for (const seed of SEEDS.slice(0, 5)) {
      expect(randomRun(DEFAULT_STRATEGIES[kind], seed).trace).toEqual(randomRun(DEFAULT_STRATEGIES[kind], seed).trace);
    }
  });

  it('the random runs reach every ending (so the invariants above are tested on all paths)', () => {
    const endings = new Set<string>();
    for (const kind of KINDS) for (const seed of SEEDS) endings.add(`${kind}:${randomRun(DEFAULT_STRATEGIES[kind], seed).controller.phase()}`);
    for (const kind of KINDS) {
      expect(endings).toContain(`${kind}:aborted`);
      expect(endings).toContain(`${kind}:promoted`);
    }
    const argoResumes = SEEDS.filter((seed) => randomRun(DEFAULT_STRATEGIES.argo, seed).trace.some((step) => step.events.some((e) => e.kind === 'resume')));
    expect(argoResumes.length).toBeGreaterThan(0);
  });

  it('shadow never gives users canary weight, whatever happens', () => {
    for (const seed of SEEDS) expect(randomRun(DEFAULT_STRATEGIES.shadow, seed).trace.every((step) => step.weights.canary === 0)).toBe(true);
  });
});
