// Flagger-style canary: every interval run the checks; pass adds stepWeight up to maxWeight, then promotes; failed checks pile up to a rollback.
import { createClock } from './clock';
import type { FlaggerStrategy } from './config';
import type { AnalysisInput, ControllerEvent, ControllerPhase, RolloutController } from './controller';
import { checkCriteria } from './health-check';
import { ALL_CANARY, ALL_STABLE, trafficWeights } from './traffic';
import { requireCount, requireCriteria, requirePositive, requireWeight } from './validate';

/**
 * Timeline, as Flagger's scheduler runs it: the first `advance` is "Starting canary analysis" and
 * sets the weight to stepWeight without a check (nothing has reached the canary yet). Then every
 * `intervalS`: if failed checks have already reached `threshold`, roll back (no check that tick);
 * otherwise run the checks over the last interval. Passing adds stepWeight (capped at maxWeight),
 * or, at maxWeight, promotes: canary 100 %, phase promoted. A failing check, or one with no
 * values (no requests), holds the weight and counts one failed check; failed checks are never
 * reset by later passes. So a clean canary promotes at intervalS × ceil(maxWeight / stepWeight)
 * after the start, and a canary that fails every check rolls back at intervalS × (threshold + 1)
 * after the start — intervalS × threshold after its first failed check. Real Flagger spends two
 * more intervals promoting (copying the spec to the primary, then routing traffic back to it);
 * here promotion is one step.
 */
export function createFlaggerController(strategy: FlaggerStrategy, target: { readonly name: string; readonly namespace: string }): RolloutController {
  validateFlagger(strategy);
  const { intervalS, stepWeight, maxWeight, threshold, criteria } = strategy;
  const name = `${target.name}.${target.namespace}`;
  const clock = createClock();
  let phase: ControllerPhase = 'progressing';
  let started = false;
  let weight = 0;
  let failedChecks = 0;
  let windowFromS = 0;
  let nextTickS = 0;

  function advanceWeight(nowS: number, events: ControllerEvent[]): void {
    weight = Math.min(weight + stepWeight, maxWeight);
    events.push({ atS: nowS, kind: 'set-weight', weight, message: `Advance ${name} canary weight ${weight}` });
  }

  function rollback(nowS: number, message: string, events: ControllerEvent[]): void {
    phase = 'aborted';
    events.push({ atS: nowS, kind: 'abort', message });
  }

  function tick(nowS: number, input: AnalysisInput | null, events: ControllerEvent[]): void {
    nextTickS = nowS + intervalS;
    if (failedChecks >= threshold) {
      rollback(nowS, `Rolling back ${name} failed checks threshold reached ${failedChecks}`, events);
      return;
    }
    windowFromS = nowS;
    const check = checkCriteria(input?.canary, criteria);
    if (check.status !== 'pass') {
      failedChecks += 1;
      const message =
        check.status === 'no-data' ? `Halt advancement no values found for metric ${check.metric} probably ${name} is not receiving traffic` : `Halt ${name} advancement ${check.text}`;
      events.push({ atS: nowS, kind: 'analysis', outcome: 'fail', phase: check.status === 'no-data' ? 'no-data' : 'failed', message });
      return;
    }
    events.push({ atS: nowS, kind: 'analysis', outcome: 'pass', phase: 'passed', message: `Checks passed ${name}: ${check.text}` });
    if (weight < maxWeight) {
      advanceWeight(nowS, events);
      return;
    }
    phase = 'promoted';
    events.push({ atS: nowS, kind: 'promote', message: `Promotion completed! Scaling down ${name}` });
  }

  return {
    strategy,
    weights: () => (phase === 'promoted' ? ALL_CANARY : phase === 'aborted' ? ALL_STABLE : trafficWeights(weight)),
    phase: () => phase,
    dueAt: () => (phase !== 'progressing' ? null : started ? nextTickS : 0),
    analysisWindow: () => (phase === 'progressing' && started && failedChecks < threshold ? { fromS: windowFromS, toS: nextTickS } : null),
    advance(nowS, input) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'progressing') return events;
      if (!started) {
        started = true;
        windowFromS = nowS;
        nextTickS = nowS + intervalS;
        events.push({ atS: nowS, kind: 'start', message: `Starting canary analysis for ${name}` });
        advanceWeight(nowS, events);
        return events;
      }
      if (nextTickS <= nowS) tick(nowS, input, events);
      return events;
    },
    resume(nowS) {
      clock.tick(nowS);
      return [];
    },
    abort(nowS) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase === 'progressing' || phase === 'paused') rollback(nowS, `Rolling back ${name} manual rollback`, events);
      return events;
    },
  };
}

function validateFlagger(strategy: FlaggerStrategy): void {
  const where = 'Flagger strategy';
  requirePositive(where, 'intervalS', strategy.intervalS);
  requireWeight(where, 'stepWeight', strategy.stepWeight, 1);
  requireWeight(where, 'maxWeight', strategy.maxWeight, strategy.stepWeight);
  requireCount(where, 'threshold', strategy.threshold, 1);
  requireCriteria(where, strategy.criteria);
}
