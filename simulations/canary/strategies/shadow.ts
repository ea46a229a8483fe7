// Shadow: stable serves every user while a copy of some requests goes to the canary; one verdict when the shadow period ends.
import { createCheckSchedule } from './check-schedule';
import { createClock } from './clock';
import type { ShadowStrategy } from './config';
import type { AnalysisInput, ControllerEvent, ControllerPhase, RolloutController } from './controller';
import { checkCriteria } from './health-check';
import { ALL_STABLE, trafficWeights } from './traffic';
import { requireCriteria, requirePositive } from './validate';

/**
 * Users never reach the canary: its weight is 0 in every phase, and `mirrorPercent` of requests
 * are copied to it from the first `advance` until the verdict. Every `intervalS` (and at the end)
 * the canary's answers to mirrored requests are checked against the criteria; nothing happens
 * early. At start + durationS the run ends: promoted (meaning "passed, ready for a real rollout"
 * — users still get only stable) if every check passed, else aborted; a check without mirrored
 * requests counts as not passed. Either way the mirror stops.
 */
export function createShadowController(strategy: ShadowStrategy): RolloutController {
  validateShadow(strategy);
  const { mirrorPercent, durationS, intervalS, criteria } = strategy;
  const clock = createClock();
  let phase: ControllerPhase = 'progressing';
  const schedule = createCheckSchedule(intervalS, durationS);
  const counts = { checks: 0, passed: 0, failed: 0, noData: 0 };

  function check(nowS: number, input: AnalysisInput | null, events: ControllerEvent[]): void {
    const last = schedule.checked(nowS);
    counts.checks += 1;
    const result = checkCriteria(input?.canary, criteria);
    const label = `Shadow check ${counts.checks}`;
    if (result.status === 'pass') {
      counts.passed += 1;
      events.push({ atS: nowS, kind: 'analysis', outcome: 'pass', phase: 'passed', message: `${label}: ${result.text}` });
    } else if (result.status === 'fail') {
      counts.failed += 1;
      events.push({ atS: nowS, kind: 'analysis', outcome: 'fail', phase: 'failed', message: `${label} failed: ${result.text}` });
    } else {
      counts.noData += 1;
      events.push({ atS: nowS, kind: 'analysis', outcome: 'inconclusive', phase: 'no-data', message: `${label}: no mirrored requests to judge` });
    }
    if (!last) return;
    const tally = `${counts.passed} of ${counts.checks} checks passed`;
    if (counts.passed === counts.checks) {
      phase = 'promoted';
      events.push({ atS: nowS, kind: 'promote', message: `Shadow test passed: ${tally}; mirror off; users never saw the canary, ready for a real rollout` });
    } else {
      phase = 'aborted';
      events.push({ atS: nowS, kind: 'abort', message: `Shadow test failed: ${tally} (${counts.failed} failed, ${counts.noData} without data); mirror off, canary discarded` });
    }
  }

  return {
    strategy,
    weights: () => (phase === 'progressing' && schedule.started ? trafficWeights(0, 0, mirrorPercent) : ALL_STABLE),
    phase: () => phase,
    dueAt: () => (phase !== 'progressing' ? null : schedule.dueAt()),
    analysisWindow: () => (phase === 'progressing' && schedule.started ? schedule.window() : null),
    advance(nowS, input) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'progressing') return events;
      if (!schedule.started) {
        schedule.start(nowS);
        events.push({ atS: nowS, kind: 'start', message: `Mirroring ${mirrorPercent}% of requests to the canary for ${durationS}s; its answers are discarded, users get stable` });
        return events;
      }
      if (schedule.dueAt() <= nowS) check(nowS, input, events);
      return events;
    },
    resume(nowS) {
      clock.tick(nowS);
      return [];
    },
    abort(nowS) {
      clock.tick(nowS);
      if (phase === 'promoted' || phase === 'aborted') return [];
      phase = 'aborted';
      return [{ atS: nowS, kind: 'abort', message: 'Shadow test stopped by user; mirror off' }];
    },
  };
}

function validateShadow(strategy: ShadowStrategy): void {
  const where = 'Shadow strategy';
  if (!(strategy.mirrorPercent >= 0 && strategy.mirrorPercent <= 100)) throw new RangeError(`${where}: mirrorPercent must be from 0 to 100, got ${strategy.mirrorPercent}.`);
  requirePositive(where, 'durationS', strategy.durationS);
  requirePositive(where, 'intervalS', strategy.intervalS);
  requireCriteria(where, strategy.criteria);
}
