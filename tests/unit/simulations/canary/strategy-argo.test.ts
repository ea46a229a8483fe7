// Argo Rollouts-style controller: the step walk, abort after failureLimit + 1 failed measurements, inconclusive pause and resume.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES, type ArgoStrategy } from '../../../../simulations/canary/strategies/config';
import { createController, type AnalysisInput, type ControllerEvent, type VersionHealth } from '../../../../simulations/canary/strategies/controller';
import { driveController } from '../../../../simulations/canary/strategies/drive';

const HEALTHY: VersionHealth = { requests: 3000, errors: 6, p99Ms: 210 };
const BROKEN: VersionHealth = { requests: 3000, errors: 300, p99Ms: 220 }; // success rate 0.9 < failureSuccessRate 0.95
const SLOW: VersionHealth = { requests: 3000, errors: 3, p99Ms: 1400 }; // p99 above 500 × 2
const MURKY: VersionHealth = { requests: 3000, errors: 90, p99Ms: 220 }; // 0.97: neither success (≥ 0.99) nor failure (< 0.95)
const NO_TRAFFIC: VersionHealth = { requests: 0, errors: 0, p99Ms: null };
const ARGO = DEFAULT_STRATEGIES.argo;
const always = (canary: VersionHealth) => (): AnalysisInput => ({ canary, stable: HEALTHY });
const ofKind = <K extends ControllerEvent['kind']>(events: readonly ControllerEvent[], kind: K) =>
  events.filter((e): e is ControllerEvent & { kind: K } => e.kind === kind);
const allEvents = (trace: readonly { events: readonly ControllerEvent[] }[]) => trace.flatMap((step) => step.events);

describe('Argo controller: a healthy canary', () => {
  it('walks setWeight 20 → 40 → 60 → 80 → 100, one step per pauseS, and promotes when the last pause ends', () => {
    const controller = createController(ARGO);
    expect(controller.dueAt()).toBe(0);
    expect(controller.weights()).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
    const events = allEvents(driveController(controller, { untilS: 10_000, measure: always(HEALTHY) }));
    const steps = ofKind(events, 'set-weight');
    expect(steps.map((e) => [e.atS, e.weight])).toEqual([[0, 20], [120, 40], [240, 60], [360, 80], [480, 100]]);
    expect(steps[1]!.message).toBe('Rollout step 2/5: setWeight 40');
    const promote = ofKind(events, 'promote');
    expect(promote.map((e) => e.atS)).toEqual([ARGO.steps.length * ARGO.pauseS]); // 600 s
    const measurements = ofKind(events, 'analysis');
    expect(measurements.map((e) => e.atS)).toEqual([60, 120, 180, 240, 300, 360, 420, 480, 540, 600]);
    expect(measurements.every((e) => e.phase === 'Successful' && e.outcome === 'pass')).toBe(true);
    expect(controller.phase()).toBe('promoted');
    expect(controller.weights()).toEqual({ stable: 0, canary: 100, baseline: 0, mirrorPercent: 0 });
    expect(controller.dueAt()).toBeNull();
  });

  it('measures each interval over the interval before it, starting one interval after the run starts', () => {
    const controller = createController(ARGO);
    controller.advance(0, null);
    expect(controller.analysisWindow()).toEqual({ fromS: 0, toS: 60 });
    expect(controller.dueAt()).toBe(60);
    controller.advance(60, { canary: HEALTHY, stable: HEALTHY });
    expect(controller.analysisWindow()).toEqual({ fromS: 60, toS: 120 });
  });

  it('does nothing before it is due, and refuses to go back in time', () => {
    const controller = createController(ARGO);
    controller.advance(0, null);
    expect(controller.advance(30, { canary: BROKEN, stable: HEALTHY })).toEqual([]);
    expect(controller.weights().canary).toBe(20);
    expect(() => controller.advance(10, null)).toThrow(RangeError);
  });
});

describe('Argo controller: a failing canary', () => {
  it.each([0, 1, 3])('aborts after failureLimit + 1 = %i + 1 failed measurements, traffic back to stable at once', (failureLimit) => {
    const strategy: ArgoStrategy = { ...ARGO, failureLimit };
    const controller = createController(strategy);
    const trace = driveController(controller, { untilS: 10_000, measure: always(BROKEN) });
    const events = allEvents(trace);
    const abortAt = strategy.intervalS * (failureLimit + 1);
    expect(ofKind(events, 'abort').map((e) => e.atS)).toEqual([abortAt]);
    expect(ofKind(events, 'analysis').filter((e) => e.phase === 'Failed')).toHaveLength(failureLimit + 1);
    const last = trace.at(-1)!;
    expect(last.atS).toBe(abortAt);
    expect(last.weights).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
    expect(last.phase).toBe('aborted');
    // The step timer due at the same moment must not raise the weight first.
    expect(ofKind(last.events, 'set-weight')).toEqual([]);
    expect(controller.dueAt()).toBeNull();
  });

  it('says why in Argo terms', () => {
    const events = allEvents(driveController(createController(ARGO), { untilS: 10_000, measure: always(BROKEN) }));
    expect(ofKind(events, 'analysis').map((e) => e.message)).toEqual([
      'AnalysisRun measurement 1: success-rate 0.9 < 0.95: Failed (failed 1 ≤ failureLimit 1)',
      'AnalysisRun measurement 2: success-rate 0.9 < 0.95: Failed (failed 2 > failureLimit 1)',
    ]);
    expect(ofKind(events, 'abort')[0]!.message).toBe(
      'Rollout aborted: metric "success-rate" assessed Failed due to failed (2) > failureLimit (1); traffic back to stable',
    );
  });

  it('fails on latency too: p99 above maxP99Ms × failureLatencyFactor is a failed measurement', () => {
    const events = allEvents(driveController(createController(ARGO), { untilS: 10_000, measure: always(SLOW) }));
    expect(ofKind(events, 'abort').map((e) => [e.atS, e.message])).toEqual([
      [120, 'Rollout aborted: metric "latency-p99" assessed Failed due to failed (2) > failureLimit (1); traffic back to stable'],
    ]);
  });

  it('counts failures per metric, as Argo does: one success-rate and one latency failure do not abort with failureLimit 1', () => {
    const inputs = [BROKEN, SLOW, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY, HEALTHY];
    let i = 0;
    const controller = createController(ARGO);
    driveController(controller, { untilS: 10_000, measure: () => ({ canary: inputs[i++]!, stable: HEALTHY }) });
    expect(controller.phase()).toBe('promoted');
  });
});

describe('Argo controller: inconclusive measurements', () => {
  it('pauses at the current weight once inconclusive measurements exceed inconclusiveLimit, and resume() moves on', () => {
    const controller = createController(ARGO); // inconclusiveLimit 1
    const first = driveController(controller, { untilS: 10_000, measure: always(MURKY) });
    const events = allEvents(first);
    expect(ofKind(events, 'analysis').map((e) => e.phase)).toEqual(['Inconclusive', 'Inconclusive']);
    expect(ofKind(events, 'pause').map((e) => e.atS)).toEqual([120]);
    expect(ofKind(events, 'abort')).toEqual([]);
    expect(controller.phase()).toBe('paused');
    expect(controller.weights().canary).toBe(20); // paused, not rolled back
    expect(controller.dueAt()).toBeNull();
    expect(controller.analysisWindow()).toBeNull();
    expect(controller.advance(500, { canary: BROKEN, stable: HEALTHY })).toEqual([]); // nothing happens while paused

    const resumed = controller.resume(600);
    expect(resumed.map((e) => e.kind)).toEqual(['resume', 'set-weight']);
    expect(controller.phase()).toBe('progressing');
    expect(controller.weights().canary).toBe(40);
    expect(controller.analysisWindow()).toEqual({ fromS: 600, toS: 660 }); // a new AnalysisRun
    const rest = allEvents(driveController(controller, { untilS: 10_000, measure: always(HEALTHY) }));
    expect(ofKind(rest, 'set-weight').map((e) => [e.atS, e.weight])).toEqual([[720, 60], [840, 80], [960, 100]]);
    expect(ofKind(rest, 'promote').map((e) => e.atS)).toEqual([1080]);
  });

  it('treats an interval without canary requests as inconclusive, never as a pass or a failure', () => {
    const controller = createController(ARGO);
    const events = allEvents(driveController(controller, { untilS: 10_000, measure: always(NO_TRAFFIC) }));
    expect(ofKind(events, 'analysis').map((e) => [e.phase, e.outcome])).toEqual([['Inconclusive', 'inconclusive'], ['Inconclusive', 'inconclusive']]);
    expect(controller.phase()).toBe('paused');
  });

  it('a due measurement without input counts as no requests', () => {
    const controller = createController({ ...ARGO, inconclusiveLimit: 0 });
    controller.advance(0, null);
    controller.advance(60, null);
    expect(controller.phase()).toBe('paused');
  });

  it('abort() while paused sends traffic back to stable; abort() after the end does nothing', () => {
    const controller = createController(ARGO);
    driveController(controller, { untilS: 10_000, measure: always(MURKY) });
    const events = controller.abort(300);
    expect(events.map((e) => [e.kind, e.message])).toEqual([['abort', 'Rollout aborted by user; traffic back to stable']]);
    expect(controller.weights().canary).toBe(0);
    expect(controller.abort(400)).toEqual([]);
    expect(controller.resume(400)).toEqual([]);
  });
});

describe('Argo controller: settings', () => {
  it('rejects steps that do not rise, weights outside 1–100 and a negative failureLimit', () => {
    expect(() => createController({ ...ARGO, steps: [20, 20, 100] })).toThrow(/steps must rise/);
    expect(() => createController({ ...ARGO, steps: [0, 100] })).toThrow(/steps\[0\]/);
    expect(() => createController({ ...ARGO, steps: [] })).toThrow(/at least one/);
    expect(() => createController({ ...ARGO, failureLimit: -1 })).toThrow(/failureLimit/);
    expect(() => createController({ ...ARGO, failureSuccessRate: 0.995 })).toThrow(/failureSuccessRate/);
  });
});
