// Engine step time (median, p95 over 1,000 steps at default params) and tensors after them, per simulation, in Node.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { canaryEngine } from '../simulations/canary/engine';
import { params as canaryParams } from '../simulations/canary/params';
import type { SimEngine } from '../simulations/core/engine';
import { classifierEngine } from '../simulations/classifier/engine';
import { driftEngine } from '../simulations/drift/engine';
import { params as driftParams } from '../simulations/drift/params';
import { params as classifierParams } from '../simulations/classifier/params';
import { streamingEngine } from '../simulations/streaming/engine';
import { params as streamingParams } from '../simulations/streaming/params';

const STEPS = 1000;

interface Measured {
  steps: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** The snapshot the worker posts after every step, timed separately. */
  snapshotMedianMs: number;
  tensorsAfterStep10: number;
  tensorsAfterLastStep: number;
}

/** Steps `engine` from `params` until it finishes or `STEPS` steps, timing each step. */
async function measure<P, S, Snap>(engine: SimEngine<P, S, Snap>, params: P, tensors: (s: S) => number): Promise<Measured> {
  const state = await engine.init(params, 42);
  const times: number[] = [];
  const snapshots: number[] = [];
  let at10 = 0;
  try {
    while (times.length < STEPS && !engine.finished(state, params)) {
      const start = performance.now();
      await engine.step(state, params);
      times.push(performance.now() - start);
      const before = performance.now();
      engine.snapshot(state, params);
      snapshots.push(performance.now() - before);
      if (times.length === 10) at10 = tensors(state);
    }
    const quantile = (xs: number[], q: number) => {
      const sorted = xs.slice().sort((a, b) => a - b);
      return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 100) / 100;
    };
    const at = (q: number) => quantile(times, q);
    return { steps: times.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: at(1), snapshotMedianMs: quantile(snapshots, 0.5), tensorsAfterStep10: at10, tensorsAfterLastStep: tensors(state) };
  } finally {
    engine.dispose?.(state);
  }
}

test('engine steps', async () => {
  // Defaults, with the run stretched to 1,000 steps where the default run is shorter.
  const streaming = { ...streamingParams.defaults, duration: Math.ceil((STEPS * streamingParams.defaults.tick) / 60) };
  const classifier = { ...classifierParams.defaults, epochs: 100 };
  // A drift step is a day's batch; the longest run is 1,000 days, with a retrain whenever an alert fires.
  const drift = { ...driftParams.defaults, batches: STEPS, policy: 'retrain' as const };
  // A canary step is 5 s of traffic at 50 requests a second; 1,000 steps need a run of 84 minutes.
  const canary = { ...canaryParams.defaults, duration: Math.ceil((STEPS * 5) / 60) };
  const results = {
    streaming: await measure(streamingEngine, streaming, (s) => s.tf.memory().numTensors),
    classifier: await measure(classifierEngine, classifier, (s) => s.tf.memory().numTensors),
    drift: await measure(driftEngine, drift, (s) => s.tf.memory().numTensors),
    canary: await measure(canaryEngine, canary, (s) => s.tf.memory().numTensors),
  };
  const file = 'bench/results.json';
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, engineSteps: { measuredAt: new Date().toISOString(), ...results } }, null, 2)}\n`);
  console.table(results);
});
