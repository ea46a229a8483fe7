// Shadow never gives users the canary and decides at the end; blue-green switches 0 → 100 at once and back on threshold failures.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES } from '../../../../simulations/canary/strategies/config';
import { createController, type AnalysisInput, type ControllerEvent, type VersionHealth } from '../../../../simulations/canary/strategies/controller';
import { driveController } from '../../../../simulations/canary/strategies/drive';

const HEALTHY: VersionHealth = { requests: 3000, errors: 3, p99Ms: 240 };
const BROKEN: VersionHealth = { requests: 3000, errors: 270, p99Ms: 240 };
const NO_TRAFFIC: VersionHealth = { requests: 0, errors: 0, p99Ms: null };
const SHADOW = DEFAULT_STRATEGIES.shadow; // 100 % mirrored for 600 s, checks every 60 s
const BLUE_GREEN = DEFAULT_STRATEGIES['blue-green']; // checks every 60 s for 600 s, threshold 2
const sequence = (...healths: VersionHealth[]) => {
  let i = 0;
  return (): AnalysisInput => ({ canary: healths[Math.min(i++, healths.length - 1)]!, stable: HEALTHY });
};
const ofKind = <K extends ControllerEvent['kind']>(events: readonly ControllerEvent[], kind: K) =>
  events.filter((e): e is ControllerEvent & { kind: K } => e.kind === kind);

describe('Shadow controller', () => {
  it('mirrors traffic but never gives users canary weight, and passes at the end when every check passed', () => {
    const controller = createController(SHADOW);
    const trace = driveController(controller, { untilS: 100_000, measure: sequence(HEALTHY) });
    expect(trace.every((step) => step.weights.canary === 0 && step.weights.stable === 100)).toBe(true);
    expect(trace.filter((step) => step.phase === 'progressing').every((step) => step.weights.mirrorPercent === 100)).toBe(true);
    const events = trace.flatMap((step) => step.events);
    expect(ofKind(events, 'analysis')).toHaveLength(10);
    expect(ofKind(events, 'promote').map((e) => e.atS)).toEqual([600]);
    expect(controller.phase()).toBe('promoted');
    expect(controller.weights()).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
  });

  it('decides only at the end: a failing check early does not stop the mirror, and the verdict is abort', () => {
    const controller = createController(SHADOW);
    const trace = driveController(controller, { untilS: 100_000, measure: sequence(BROKEN, HEALTHY) });
    const events = trace.flatMap((step) => step.events);
    expect(ofKind(events, 'analysis')[0]!.message).toBe('Shadow check 1 failed: success rate 91% < 99%');
    expect(ofKind(events, 'abort').map((e) => [e.atS, e.message])).toEqual([
      [600, 'Shadow test failed: 9 of 10 checks passed (1 failed, 0 without data); mirror off, canary discarded'],
    ]);
    expect(trace.every((step) => step.weights.canary === 0)).toBe(true);
  });

  it('does not pass a canary it never saw: checks without mirrored requests are not passes', () => {
    const controller = createController({ ...SHADOW, mirrorPercent: 0 });
    driveController(controller, { untilS: 100_000, measure: sequence(NO_TRAFFIC) });
    expect(controller.phase()).toBe('aborted');
  });

  it('checks at every interval and once more at the end when the duration is not a whole number of intervals', () => {
    const controller = createController({ ...SHADOW, durationS: 150 });
    const trace = driveController(controller, { untilS: 100_000, measure: sequence(HEALTHY) });
    expect(ofKind(trace.flatMap((s) => s.events), 'analysis').map((e) => e.atS)).toEqual([60, 120, 150]);
  });
});

describe('Blue-green controller', () => {
  it('switches 0 → 100 at once, then keeps the new version when the window passes', () => {
    const controller = createController(BLUE_GREEN);
    expect(controller.weights().canary).toBe(0);
    const trace = driveController(controller, { untilS: 100_000, measure: sequence(HEALTHY) });
    expect(trace[0]!.atS).toBe(0);
    expect(trace.every((step) => step.weights.canary === 100)).toBe(true);
    expect(ofKind(trace.flatMap((s) => s.events), 'promote').map((e) => e.atS)).toEqual([BLUE_GREEN.durationS]);
    expect(controller.phase()).toBe('promoted');
  });

  it('switches straight back to 0 when failed checks reach threshold: interval × threshold after the switch', () => {
    const controller = createController(BLUE_GREEN);
    const trace = driveController(controller, { untilS: 100_000, measure: sequence(BROKEN) });
    const events = trace.flatMap((step) => step.events);
    expect(ofKind(events, 'analysis').map((e) => e.message)).toEqual([
      'Post-switch check 1 failed: success rate 91% < 99% (failed checks 1/2)',
      'Post-switch check 2 failed: success rate 91% < 99% (failed checks 2/2)',
    ]);
    expect(ofKind(events, 'abort').map((e) => e.atS)).toEqual([BLUE_GREEN.intervalS * BLUE_GREEN.threshold]);
    expect(trace.map((step) => step.weights.canary)).toEqual([100, 100, 0]);
    expect(controller.phase()).toBe('aborted');
  });

  it('keeps the new version when fewer than threshold checks fail, and counts a check without requests as failed', () => {
    const controller = createController(BLUE_GREEN);
    driveController(controller, { untilS: 100_000, measure: sequence(NO_TRAFFIC, HEALTHY) });
    expect(controller.phase()).toBe('promoted');
    const again = createController(BLUE_GREEN);
    driveController(again, { untilS: 100_000, measure: sequence(NO_TRAFFIC, HEALTHY, BROKEN, HEALTHY) });
    expect(again.phase()).toBe('aborted');
  });

  it('abort() switches back at once', () => {
    const controller = createController(BLUE_GREEN);
    controller.advance(0, null);
    expect(controller.abort(10).map((e) => e.kind)).toEqual(['abort']);
    expect(controller.weights()).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
  });
});
