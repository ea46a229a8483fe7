// The canary engine: v1 and v2 TF.js models serve Poisson traffic split by a rollout controller, which decides from what it measures.
import type { SimEngine } from '../core/engine';
import { createRng, type Rng } from '../core/rng';
import { loadTf, type Tf } from '../core/tf';
import { measure } from './analysis';
import { harmProbability } from './harm';
import { HUMAN_DELAY_S, TICK_S } from './engine-constants';
import { buildCanaryMail, type CanaryMail } from './mail-pool';
import type { CanaryParams } from './params';
import { serveTick, type TickRecord } from './requests';
import { intervalPoint, withQuality } from './series';
import type { CanarySnapshot, IntervalPoint, JudgePoint, WeightPoint } from './snapshot';
import { createController, type ControllerEvent, type RolloutController } from './strategies/controller';
import { strategyFromParams } from './strategy-from-params';
import { buildVersions, type ServingVersion } from './versions';


interface CanaryState {
  tf: Tf;
  rng: Rng;
  mail: CanaryMail;
  v1: ServingVersion;
  v2: ServingVersion;
  controller: RolloutController;
  pBad: number;
  nowS: number;
  ticks: TickRecord[];
  weights: WeightPoint[];
  intervals: IntervalPoint[];
  judge: JudgePoint[];
  events: ControllerEvent[];
  expectedHarm: number;
  exposed: number;
  harmed: number;
  pausedAtS: number | null;
  decidedAtS: number | null;
}

function recordWeights(state: CanaryState): void {
  const { stable, canary, baseline, mirrorPercent } = state.controller.weights();
  const last = state.weights.at(-1);
  if (last && last.stable === stable && last.canary === canary && last.baseline === baseline && last.mirror === mirrorPercent) return;
  state.weights.push({ atS: state.nowS, stable, canary, baseline, mirror: mirrorPercent });
}

function record(state: CanaryState, events: readonly ControllerEvent[]): void {
  state.events.push(...events);
  const phase = state.controller.phase();
  if (phase === 'paused') state.pausedAtS ??= state.nowS;
  else state.pausedAtS = null;
  if ((phase === 'promoted' || phase === 'aborted') && state.decidedAtS === null) state.decidedAtS = state.nowS;
  recordWeights(state);
}

/** Everything the controller has due up to now, each measurement taken over exactly the window it asked for. */
function runController(state: CanaryState, p: CanaryParams): void {
  const { controller } = state;
  for (let due = controller.dueAt(); due !== null && due <= state.nowS; due = controller.dueAt()) {
    const window = controller.analysisWindow();
    const measured = window !== null && window.toS === due ? measure(state.ticks, window, p) : null;
    if (measured?.report) {
      const { report } = measured;
      state.judge.push({ atS: due, score: Number.isNaN(report.score) ? null : report.score, verdict: report.verdict, reason: report.reason, metrics: [...report.metrics] });
    }
    record(state, controller.advance(due, measured?.input ?? null));
  }
  if (state.pausedAtS !== null && p.onPause !== 'wait' && state.nowS >= state.pausedAtS + HUMAN_DELAY_S) {
    record(state, p.onPause === 'resume' ? controller.resume(state.nowS) : controller.abort(state.nowS));
  }
}

/** Closes the chart interval that just ended, and fills in quality for intervals whose labels have now arrived. */
function updateIntervals(state: CanaryState, p: CanaryParams): void {
  const delayS = p.labelDelay * 60;
  if (state.nowS % p.interval === 0) state.intervals.push(intervalPoint(state.ticks, state.nowS, p.interval));
  // Health is computed once, when an interval ends; quality once, when its labels arrive.
  for (let i = 0; i < state.intervals.length; i++) {
    const point = state.intervals[i]!;
    if (point.v1Quality === null && state.nowS >= point.endS + delayS) state.intervals[i] = withQuality(point, state.ticks, p.interval);
  }
}

export const canaryEngine: SimEngine<CanaryParams, CanaryState, CanarySnapshot> = {
  async init(p, seed) {
    const tf = await loadTf();
    const rng = createRng(seed);
    const mail = buildCanaryMail(rng.fork('mail').seed);
    const { v1, v2 } = buildVersions(tf, mail, p.variant, p.brokenErrorRate, rng.fork('models'));
    const controller = createController(strategyFromParams(p), { target: { name: 'relay-scorer', namespace: 'relay' } });
    const state: CanaryState = {
      tf, rng, mail, v1, v2, controller,
      pBad: p.variant === 'same' ? 0 : harmProbability(mail, v1, v2, p.maxP99),
      nowS: 0, ticks: [], weights: [], intervals: [], judge: [], events: [], expectedHarm: 0, exposed: 0, harmed: 0, pausedAtS: null, decidedAtS: null,
    };
    record(state, controller.advance(0, null));
    return state;
  },

  step(state, p) {
    const weights = state.controller.weights();
    const tick = serveTick({ mail: state.mail, v1: state.v1, v2: state.v2, rate: p.requestRate, budgetMs: p.maxP99 }, weights, state.nowS, TICK_S, state.rng.fork(`tick:${state.ticks.length}`));
    state.ticks.push(tick);
    state.exposed += tick.roles.canary.requests;
    state.harmed += tick.roles.canary.harmed;
    state.expectedHarm += (weights.canary / 100) * p.requestRate * TICK_S * state.pBad;
    state.nowS += TICK_S;
    runController(state, p);
    updateIntervals(state, p);
    return state;
  },

  snapshot(state, p) {
    return {
      nowS: state.nowS,
      durationS: p.duration * 60,
      intervalS: p.interval,
      labelDelayS: p.labelDelay * 60,
      phase: state.controller.phase(),
      weights: state.weights.slice(),
      intervals: state.intervals.slice(),
      judge: state.judge.slice(),
      events: state.events.slice(),
      exposed: state.exposed,
      harmed: state.harmed,
      expectedHarm: state.expectedHarm,
      decidedAtS: state.decidedAtS,
      tensors: state.tf.memory().numTensors,
    };
  },

  finished: (state, p) => state.nowS >= p.duration * 60,

  dispose(state) {
    state.v1.dispose();
    state.v2.dispose();
  },
};
