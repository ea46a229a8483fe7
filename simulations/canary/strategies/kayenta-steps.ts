// Kayenta-style judged steps: canary and a fresh baseline at the same small weight, a judge's verdict every interval decides.
import { createClock } from './clock';
import type { KayentaStrategy } from './config';
import type { AnalysisInput, ControllerEvent, ControllerPhase, JudgeVerdict, RolloutController } from './controller';
import { ALL_CANARY, ALL_STABLE, trafficWeights } from './traffic';
import { requireCount, requirePositive, requireRisingWeights } from './validate';

/**
 * Each step gives the canary and the baseline `steps[i]` percent each (stable keeps the rest).
 * Every `intervalS` the engine's judge compares them and the controller follows its verdict:
 * pass counts toward the step; marginal holds the step (no count, nothing lost); insufficient
 * data holds too and is never taken as a pass; fail rolls back at once (canary and baseline to 0).
 * After `intervalsPerStep` passes the next step starts, or after the last step the canary is
 * promoted (100 %, baseline removed). A clean run promotes at intervalS × intervalsPerStep ×
 * steps.length after the start. The verdict is the judge's (it applies passScore/marginalScore
 * and minDataPoints); a due interval with no verdict counts as insufficient data.
 */
export function createKayentaController(strategy: KayentaStrategy): RolloutController {
  validateKayenta(strategy);
  const { steps, intervalS, intervalsPerStep } = strategy;
  const clock = createClock();
  let phase: ControllerPhase = 'progressing';
  let stepIndex = -1;
  let passes = 0;
  let windowFromS = 0;
  let nextJudgeS = 0;

  function setStep(nowS: number, index: number, events: ControllerEvent[]): void {
    stepIndex = index;
    passes = 0;
    const weight = steps[index]!;
    events.push({ atS: nowS, kind: 'set-weight', weight, message: `Step ${index + 1}/${steps.length}: canary ${weight}%, baseline ${weight}%, stable ${100 - 2 * weight}%` });
  }

  function judge(nowS: number, input: AnalysisInput | null, events: ControllerEvent[]): void {
    windowFromS = nowS;
    nextJudgeS = nowS + intervalS;
    const verdict: JudgeVerdict = input?.judge ?? { score: Number.NaN, verdict: 'insufficient-data', reason: 'no judge verdict for this interval' };
    const score = `Judge score ${formatScore(verdict.score)}`;
    const where = `step ${stepIndex + 1} at ${steps[stepIndex]}%`;
    switch (verdict.verdict) {
      case 'pass':
        passes += 1;
        events.push({ atS: nowS, kind: 'analysis', outcome: 'pass', phase: 'pass', message: `${score}: pass (${passes}/${intervalsPerStep} at ${where})` });
        if (passes < intervalsPerStep) return;
        if (stepIndex < steps.length - 1) {
          setStep(nowS, stepIndex + 1, events);
          return;
        }
        phase = 'promoted';
        events.push({ atS: nowS, kind: 'promote', message: `Canary promoted: all ${steps.length} steps passed; baseline removed` });
        return;
      case 'marginal':
        events.push({ atS: nowS, kind: 'analysis', outcome: 'inconclusive', phase: 'marginal', message: `${score}: marginal, holding ${where} (${passes}/${intervalsPerStep} passes)` });
        return;
      case 'insufficient-data':
        events.push({ atS: nowS, kind: 'analysis', outcome: 'inconclusive', phase: 'insufficient-data', message: `Not enough data to judge (${verdict.reason}): holding ${where}, not counted as a pass` });
        return;
      case 'fail':
        events.push({ atS: nowS, kind: 'analysis', outcome: 'fail', phase: 'fail', message: `${score}: fail (${verdict.reason})` });
        phase = 'aborted';
        events.push({ atS: nowS, kind: 'abort', message: `Canary rolled back at ${where}: canary and baseline removed, stable serves 100%` });
        return;
    }
  }

  return {
    strategy,
    weights() {
      if (phase === 'promoted') return ALL_CANARY;
      if (phase === 'aborted' || stepIndex < 0) return ALL_STABLE;
      const weight = steps[stepIndex]!;
      return trafficWeights(weight, weight);
    },
    phase: () => phase,
    dueAt: () => (phase !== 'progressing' ? null : stepIndex < 0 ? 0 : nextJudgeS),
    analysisWindow: () => (phase === 'progressing' && stepIndex >= 0 ? { fromS: windowFromS, toS: nextJudgeS } : null),
    advance(nowS, input) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'progressing') return events;
      if (stepIndex < 0) {
        windowFromS = nowS;
        nextJudgeS = nowS + intervalS;
        events.push({ atS: nowS, kind: 'start', message: `Canary analysis started: ${steps.length} steps, judged every ${intervalS}s, ${intervalsPerStep} passing intervals per step` });
        setStep(nowS, 0, events);
        return events;
      }
      if (nextJudgeS <= nowS) judge(nowS, input, events);
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
      return [{ atS: nowS, kind: 'abort', message: 'Canary cancelled by user: canary and baseline removed, stable serves 100%' }];
    },
  };
}

function formatScore(score: number): string {
  return Number.isFinite(score) ? String(Number(score.toFixed(1))) : 'n/a';
}

function validateKayenta(strategy: KayentaStrategy): void {
  const where = 'Kayenta strategy';
  requireRisingWeights(where, 'steps', strategy.steps, 50);
  requirePositive(where, 'intervalS', strategy.intervalS);
  requireCount(where, 'intervalsPerStep', strategy.intervalsPerStep, 1);
  requireCount(where, 'minDataPoints', strategy.minDataPoints, 1);
  if (!(strategy.marginalScore >= 0 && strategy.marginalScore <= strategy.passScore && strategy.passScore <= 100)) {
    throw new RangeError(`${where}: scores need 0 ≤ marginalScore ≤ passScore ≤ 100, got marginal ${strategy.marginalScore}, pass ${strategy.passScore}.`);
  }
}
