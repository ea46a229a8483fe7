// Kayenta-style judged steps: advance on pass, hold on marginal and on insufficient data, roll back on fail.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIES } from '../../../../simulations/canary/strategies/config';
import { createController, type AnalysisInput, type ControllerEvent, type JudgeVerdict, type VersionHealth } from '../../../../simulations/canary/strategies/controller';
import { driveController } from '../../../../simulations/canary/strategies/drive';

const SOME: VersionHealth = { requests: 150, errors: 0, p99Ms: 200 };
const KAYENTA = DEFAULT_STRATEGIES.kayenta; // steps 5, 10, 25, 50; 60 s intervals; 2 intervals per step
const PASS: JudgeVerdict = { score: 98, verdict: 'pass', reason: 'all metrics alike' };
const MARGINAL: JudgeVerdict = { score: 81.25, verdict: 'marginal', reason: 'p99 a little higher' };
const FAIL: JudgeVerdict = { score: 42, verdict: 'fail', reason: 'error rate higher than baseline' };
const THIN: JudgeVerdict = { score: 100, verdict: 'insufficient-data', reason: '12 < 50 data points' };
const verdicts = (...sequence: JudgeVerdict[]) => {
  let i = 0;
  return (): AnalysisInput => ({ canary: SOME, stable: SOME, baseline: SOME, judge: sequence[Math.min(i++, sequence.length - 1)]! });
};
const ofKind = <K extends ControllerEvent['kind']>(events: readonly ControllerEvent[], kind: K) =>
  events.filter((e): e is ControllerEvent & { kind: K } => e.kind === kind);
const run = (measure: () => AnalysisInput | null, untilS = 100_000) => {
  const controller = createController(KAYENTA);
  const trace = driveController(controller, { untilS, measure });
  return { controller, trace, events: trace.flatMap((step) => step.events) };
};

describe('Kayenta-style controller', () => {
  it('gives canary and baseline the same weight per step and advances after intervalsPerStep passes', () => {
    const { controller, trace, events } = run(verdicts(PASS));
    expect(ofKind(events, 'set-weight').map((e) => [e.atS, e.weight])).toEqual([[0, 5], [120, 10], [240, 25], [360, 50]]);
    expect(trace.find((step) => step.atS === 240)!.weights).toEqual({ stable: 50, canary: 25, baseline: 25, mirrorPercent: 0 });
    expect(ofKind(events, 'set-weight')[0]!.message).toBe('Step 1/4: canary 5%, baseline 5%, stable 90%');
    expect(ofKind(events, 'promote').map((e) => e.atS)).toEqual([KAYENTA.intervalS * KAYENTA.intervalsPerStep * KAYENTA.steps.length]);
    expect(controller.weights()).toEqual({ stable: 0, canary: 100, baseline: 0, mirrorPercent: 0 });
  });

  it('holds the step on marginal without losing the passes it has', () => {
    const { events } = run(verdicts(PASS, MARGINAL, MARGINAL, PASS, PASS));
    expect(ofKind(events, 'set-weight').map((e) => [e.atS, e.weight])).toEqual([[0, 5], [240, 10], [360, 25], [480, 50]]);
    expect(ofKind(events, 'analysis')[1]).toEqual({
      atS: 120, kind: 'analysis', outcome: 'inconclusive', phase: 'marginal', message: 'Judge score 81.3: marginal, holding step 1 at 5% (1/2 passes)',
    });
  });

  it('never advances on insufficient data, and says so', () => {
    const { controller, events } = run(verdicts(THIN), 3600);
    expect(ofKind(events, 'set-weight').map((e) => e.weight)).toEqual([5]);
    const holds = ofKind(events, 'analysis');
    expect(holds).toHaveLength(60);
    expect(holds.every((e) => e.outcome === 'inconclusive' && e.phase === 'insufficient-data')).toBe(true);
    expect(holds[0]!.message).toBe('Not enough data to judge (12 < 50 data points): holding step 1 at 5%, not counted as a pass');
    expect(controller.phase()).toBe('progressing');
    expect(controller.weights().canary).toBe(5);
  });

  it('does not count insufficient data toward the step: thin, pass, pass moves on at the second pass', () => {
    const { events } = run(verdicts(THIN, PASS, PASS, THIN), 600);
    expect(ofKind(events, 'set-weight').map((e) => [e.atS, e.weight])).toEqual([[0, 5], [180, 10]]);
  });

  it('treats a due interval without a verdict as insufficient data', () => {
    const { events } = run(() => null, 600);
    expect(ofKind(events, 'analysis').every((e) => e.phase === 'insufficient-data')).toBe(true);
    expect(ofKind(events, 'set-weight')).toHaveLength(1);
  });

  it('rolls back at once on fail: canary and baseline to 0', () => {
    const { controller, trace, events } = run(verdicts(PASS, PASS, PASS, FAIL));
    expect(ofKind(events, 'analysis').at(-1)!.message).toBe('Judge score 42: fail (error rate higher than baseline)');
    expect(ofKind(events, 'abort').map((e) => [e.atS, e.message])).toEqual([[240, 'Canary rolled back at step 2 at 10%: canary and baseline removed, stable serves 100%']]);
    expect(trace.at(-1)!.weights).toEqual({ stable: 100, canary: 0, baseline: 0, mirrorPercent: 0 });
    expect(controller.phase()).toBe('aborted');
    expect(controller.dueAt()).toBeNull();
  });

  it('rejects steps that leave stable a negative share', () => {
    expect(() => createController({ ...KAYENTA, steps: [10, 60] })).toThrow(/steps\[1\]/);
    expect(() => createController({ ...KAYENTA, marginalScore: 96 })).toThrow(/marginalScore/);
  });
});
