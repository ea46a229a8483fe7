// Blue-green: all traffic switches to the new version at once; failed checks while the old one is still warm switch it back.
import { createCheckSchedule } from './check-schedule';
import { createClock } from './clock';
import type { BlueGreenStrategy } from './config';
import type { AnalysisInput, ControllerEvent, ControllerPhase, RolloutController } from './controller';
import { checkCriteria } from './health-check';
import { ALL_CANARY, ALL_STABLE } from './traffic';
import { requireCount, requireCriteria, requirePositive } from './validate';

/**
 * The first `advance` switches 100 % of traffic to the new version (the "canary" here). Every
 * `intervalS` until durationS after the switch its health is checked; a failing check, or one
 * with no requests, counts one failed check. When failed checks reach `threshold` traffic
 * switches back to the old version at once (aborted), so a version that fails every check is
 * switched back intervalS × threshold after the switch. If the window ends first, the old
 * version is scaled down and the new one is final (promoted), whatever the count below threshold.
 */
export function createBlueGreenController(strategy: BlueGreenStrategy): RolloutController {
  validateBlueGreen(strategy);
  const { intervalS, threshold, durationS, criteria } = strategy;
  const clock = createClock();
  let phase: ControllerPhase = 'progressing';
  const schedule = createCheckSchedule(intervalS, durationS);
  let checks = 0;
  let failedChecks = 0;

  function check(nowS: number, input: AnalysisInput | null, events: ControllerEvent[]): void {
    const last = schedule.checked(nowS);
    checks += 1;
    const result = checkCriteria(input?.canary, criteria);
    if (result.status === 'pass') {
      events.push({ atS: nowS, kind: 'analysis', outcome: 'pass', phase: 'passed', message: `Post-switch check ${checks}: ${result.text}` });
    } else {
      failedChecks += 1;
      const what = result.status === 'fail' ? result.text : 'no requests reached the new version';
      events.push({ atS: nowS, kind: 'analysis', outcome: 'fail', phase: result.status === 'fail' ? 'failed' : 'no-data', message: `Post-switch check ${checks} failed: ${what} (failed checks ${failedChecks}/${threshold})` });
    }
    if (failedChecks >= threshold) {
      phase = 'aborted';
      events.push({ atS: nowS, kind: 'abort', message: `Switched all traffic back to the old version: failed checks threshold reached ${failedChecks}` });
    } else if (last) {
      phase = 'promoted';
      events.push({ atS: nowS, kind: 'promote', message: `Post-switch checks done (${failedChecks} of ${checks} failed); old version scaled down` });
    }
  }

  return {
    strategy,
    weights: () => (phase === 'aborted' || !schedule.started ? ALL_STABLE : ALL_CANARY),
    phase: () => phase,
    dueAt: () => (phase !== 'progressing' ? null : schedule.dueAt()),
    analysisWindow: () => (phase === 'progressing' && schedule.started ? schedule.window() : null),
    advance(nowS, input) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'progressing') return events;
      if (!schedule.started) {
        schedule.start(nowS);
        events.push({ atS: nowS, kind: 'set-weight', weight: 100, message: `Switched all traffic to the new version; old version kept warm for ${durationS}s` });
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
      return [{ atS: nowS, kind: 'abort', message: 'Switched all traffic back to the old version by user' }];
    },
  };
}

function validateBlueGreen(strategy: BlueGreenStrategy): void {
  const where = 'Blue-green strategy';
  requirePositive(where, 'intervalS', strategy.intervalS);
  requirePositive(where, 'durationS', strategy.durationS);
  requireCount(where, 'threshold', strategy.threshold, 1);
  requireCriteria(where, strategy.criteria);
}
