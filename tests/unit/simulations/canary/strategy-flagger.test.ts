// Flagger-style controller: promotion after interval × maxWeight / stepWeight, rollback one interval after failed checks reach threshold.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES, type FlaggerStrategy } from '../../../../simulations/canary/strategies/config';
import { createController, type AnalysisInput, type ControllerEvent, type VersionHealth } from '../../../../simulations/canary/strategies/controller';
import { driveController } from '../../../../simulations/canary/strategies/drive';

const HEALTHY: VersionHealth = { requests: 600, errors: 1, p99Ms: 180 };
const BROKEN: VersionHealth = { requests: 600, errors: 53, p99Ms: 190 }; // 91.17 % success
const SLOW: VersionHealth = { requests: 600, errors: 0, p99Ms: 812 };
const NO_TRAFFIC: VersionHealth = { requests: 0, errors: 0, p99Ms: null };
const FLAGGER = DEFAULT_STRATEGIES.flagger; // interval 60 s, stepWeight 10, maxWeight 50, threshold 2
const sequence = (...healths: VersionHealth[]) => {
  let i = 0;
  return (): AnalysisInput => ({ canary: healths[Math.min(i++, healths.length - 1)]!, stable: HEALTHY });
};
const ofKind = <K extends ControllerEvent['kind']>(events: readonly ControllerEvent[], kind: K) =>
  events.filter((e): e is ControllerEvent & { kind: K } => e.kind === kind);
const run = (strategy: FlaggerStrategy, measure: () => AnalysisInput) => {
  const controller = createController(strategy);
  const trace = driveController(controller, { untilS: 100_000, measure });
  return { controller, trace, events: trace.flatMap((step) => step.events) };
};

describe('Flagger controller: promotion', () => {
  it('starts at stepWeight without a check, adds stepWeight per passing interval, and promotes at interval × maxWeight / stepWeight', () => {
    const { controller, events } = run(FLAGGER, sequence(HEALTHY));
    expect(events[0]).toEqual({ atS: 0, kind: 'start', message: 'Starting canary analysis for spam-filter.relay' });
    expect(ofKind(events, 'set-weight').map((e) => [e.atS, e.weight, e.message])).toEqual([
      [0, 10, 'Advance spam-filter.relay canary weight 10'],
      [60, 20, 'Advance spam-filter.relay canary weight 20'],
      [120, 30, 'Advance spam-filter.relay canary weight 30'],
      [180, 40, 'Advance spam-filter.relay canary weight 40'],
      [240, 50, 'Advance spam-filter.relay canary weight 50'],
    ]);
    // The check at maxWeight passes and promotes in the same tick: 60 × 50 / 10 = 300 s.
    expect(ofKind(events, 'promote').map((e) => [e.atS, e.message])).toEqual([[300, 'Promotion completed! Scaling down spam-filter.relay']]);
    expect(FLAGGER.intervalS * (FLAGGER.maxWeight / FLAGGER.stepWeight)).toBe(300);
    expect(controller.weights()).toEqual({ stable: 0, canary: 100, baseline: 0, mirrorPercent: 0 });
    expect(controller.phase()).toBe('promoted');
  });

  it('caps the last step at maxWeight: stepWeight 20, maxWeight 50 goes 20, 40, 50 and promotes at interval × ceil(50 / 20)', () => {
    const { events } = run({ ...FLAGGER, stepWeight: 20 }, sequence(HEALTHY));
    expect(ofKind(events, 'set-weight').map((e) => e.weight)).toEqual([20, 40, 50]);
    expect(ofKind(events, 'promote').map((e) => e.atS)).toEqual([180]);
  });
});

describe('Flagger controller: rollback', () => {
  it.each([1, 2, 5])('with threshold %i, a canary failing every check rolls back at interval × (threshold + 1)', (threshold) => {
    const strategy = { ...FLAGGER, threshold };
    const { controller, trace, events } = run(strategy, sequence(BROKEN));
    const halts = ofKind(events, 'analysis');
    expect(halts.map((e) => e.atS)).toEqual(Array.from({ length: threshold }, (_, i) => 60 * (i + 1)));
    // Flagger checks the counter at the start of the next tick: interval × threshold after the first failed check.
    const rollbackAt = strategy.intervalS * (threshold + 1);
    expect(ofKind(events, 'abort').map((e) => [e.atS, e.message])).toEqual([[rollbackAt, `Rolling back spam-filter.relay failed checks threshold reached ${threshold}`]]);
    expect(rollbackAt - halts[0]!.atS).toBe(strategy.intervalS * threshold);
    expect(trace.filter((step) => step.atS < rollbackAt).every((step) => step.weights.canary === 10)).toBe(true); // halted, never advanced
    expect(controller.weights()).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
    expect(controller.phase()).toBe('aborted');
  });

  it('prints halts the way Flagger does, success rate first', () => {
    const { events } = run(FLAGGER, sequence(BROKEN, SLOW));
    expect(ofKind(events, 'analysis').map((e) => e.message)).toEqual([
      'Halt spam-filter.relay advancement success rate 91.17% < 99%',
      'Halt spam-filter.relay advancement request duration 812ms > 500ms',
    ]);
  });

  it('needs no measurement at the rollback tick', () => {
    const controller = createController(FLAGGER);
    controller.advance(0, null);
    controller.advance(60, { canary: BROKEN, stable: HEALTHY });
    expect(controller.analysisWindow()).toEqual({ fromS: 60, toS: 120 });
    controller.advance(120, { canary: BROKEN, stable: HEALTHY });
    expect(controller.dueAt()).toBe(180);
    expect(controller.analysisWindow()).toBeNull();
  });

  it('counts an interval with no values (no requests) as a failed check', () => {
    const { events } = run(FLAGGER, sequence(NO_TRAFFIC));
    expect(ofKind(events, 'analysis').map((e) => [e.phase, e.message])).toEqual([
      ['no-data', 'Halt advancement no values found for metric request-success-rate probably spam-filter.relay is not receiving traffic'],
      ['no-data', 'Halt advancement no values found for metric request-success-rate probably spam-filter.relay is not receiving traffic'],
    ]);
    expect(ofKind(events, 'abort').map((e) => e.atS)).toEqual([180]);
  });

  it('does not reset failed checks when a later check passes', () => {
    const { events } = run(FLAGGER, sequence(BROKEN, HEALTHY, BROKEN, HEALTHY));
    expect(ofKind(events, 'set-weight').map((e) => [e.atS, e.weight])).toEqual([[0, 10], [120, 20]]);
    expect(ofKind(events, 'abort').map((e) => e.atS)).toEqual([240]);
  });

  it('uses the target name it is given, and abort() rolls back at once', () => {
    const controller = createController(FLAGGER, { target: { name: 'podinfo', namespace: 'test' } });
    expect(controller.advance(0, null).map((e) => e.message)).toEqual(['Starting canary analysis for podinfo.test', 'Advance podinfo.test canary weight 10']);
    expect(controller.abort(30).map((e) => e.message)).toEqual(['Rolling back podinfo.test manual rollback']);
    expect(controller.weights().canary).toBe(0);
    expect(controller.dueAt()).toBeNull();
  });

  it('rejects a maxWeight below stepWeight and a threshold of 0', () => {
    expect(() => createController({ ...FLAGGER, maxWeight: 5 })).toThrow(/maxWeight/);
    expect(() => createController({ ...FLAGGER, threshold: 0 })).toThrow(/threshold/);
  });
});
