// Argo Rollouts-style canary: setWeight steps with timed pauses while a background AnalysisRun measures the canary every interval.
import { createClock } from './clock';
import type { ArgoStrategy } from './config';
import type { AnalysisInput, AnalysisOutcome, ControllerEvent, ControllerPhase, RolloutController } from './controller';
import { formatMs, formatRatio, readHealth, type HealthReading } from './health-check';
import { ALL_CANARY, ALL_STABLE, trafficWeights } from './traffic';
import { requireCount, requireCriteria, requirePositive, requireRate, requireRisingWeights } from './validate';

/** The phase of one metric's measurement, as Argo names it (the sim has no provider errors, so no `Error`). */
export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive';

/** The two metrics of the analysis template; each keeps its own failed and inconclusive counts, as in Argo. */
const METRICS = ['success-rate', 'latency-p99'] as const;
type MetricName = (typeof METRICS)[number];

interface AnalysisRun {
  readonly number: number;
  fromS: number;
  nextAtS: number;
  measurements: number;
  readonly failed: Record<MetricName, number>;
  readonly inconclusive: Record<MetricName, number>;
}

interface Measurement {
  readonly metric: MetricName;
  readonly phase: MeasurementPhase;
  readonly text: string;
}

/**
 * Timeline: the first `advance` sets step 1's weight and starts the AnalysisRun. Each step holds
 * its weight for `pauseS`; the last step's pause ends in promotion (canary 100 %, phase promoted),
 * so a clean run promotes steps.length × pauseS after the start. Measurements fall every
 * `intervalS` after the run starts, each over the interval before it (as if `initialDelay` were
 * one interval). A metric fails the run when its failed count exceeds `failureLimit`: the rollout
 * aborts and all traffic returns to stable at once. When its inconclusive count exceeds
 * `inconclusiveLimit`, the rollout pauses at its weight until `resume` (Argo's `promote`: a new
 * AnalysisRun starts and the rollout goes straight to the next step) or `abort`.
 */
export function createArgoController(strategy: ArgoStrategy): RolloutController {
  validateArgo(strategy);
  const { steps, pauseS, intervalS, failureLimit, inconclusiveLimit } = strategy;
  const clock = createClock();
  let phase: ControllerPhase = 'progressing';
  let stepIndex = -1;
  let stepEndsAtS = 0;
  let run: AnalysisRun | null = null;
  let runCount = 0;

  function startRun(nowS: number): void {
    runCount += 1;
    const zero = (): Record<MetricName, number> => ({ 'success-rate': 0, 'latency-p99': 0 });
    run = { number: runCount, fromS: nowS, nextAtS: nowS + intervalS, measurements: 0, failed: zero(), inconclusive: zero() };
  }

  function setStep(nowS: number, index: number, events: ControllerEvent[]): void {
    stepIndex = index;
    stepEndsAtS = nowS + pauseS;
    const weight = steps[index]!;
    events.push({ atS: nowS, kind: 'set-weight', weight, message: `Rollout step ${index + 1}/${steps.length}: setWeight ${weight}` });
  }

  function nextStep(nowS: number, events: ControllerEvent[]): void {
    if (stepIndex < steps.length - 1) {
      setStep(nowS, stepIndex + 1, events);
      return;
    }
    const measured = run ? `; AnalysisRun ${run.number} stopped after ${run.measurements} measurements` : '';
    phase = 'promoted';
    run = null;
    events.push({ atS: nowS, kind: 'promote', message: `Rollout completed: all ${steps.length} steps done, canary is the new stable${measured}` });
  }

  function stop(nowS: number, kind: 'abort' | 'pause', message: string, events: ControllerEvent[]): void {
    phase = kind === 'abort' ? 'aborted' : 'paused';
    run = null;
    events.push({ atS: nowS, kind, message });
  }

  function measure(nowS: number, input: AnalysisInput | null, events: ControllerEvent[]): void {
    const current = run!;
    current.measurements += 1;
    current.fromS = nowS;
    current.nextAtS = nowS + intervalS;
    const reading = readHealth(input?.canary);
    const results = METRICS.map((metric) => assess(strategy, metric, reading));
    for (const { metric, phase: result } of results) {
      if (result === 'Failed') current.failed[metric] += 1;
      if (result === 'Inconclusive') current.inconclusive[metric] += 1;
    }
    const overall: MeasurementPhase = results.some((r) => r.phase === 'Failed') ? 'Failed' : results.some((r) => r.phase === 'Inconclusive') ? 'Inconclusive' : 'Successful';
    const outcome: AnalysisOutcome = overall === 'Successful' ? 'pass' : overall === 'Failed' ? 'fail' : 'inconclusive';
    const detail = describeMeasurement(strategy, current, results, reading.requests === 0);
    events.push({ atS: nowS, kind: 'analysis', outcome, phase: overall, message: `AnalysisRun measurement ${current.measurements}: ${detail}` });

    const failedMetric = METRICS.find((metric) => current.failed[metric] > failureLimit);
    if (failedMetric) {
      const why = `metric "${failedMetric}" assessed Failed due to failed (${current.failed[failedMetric]}) > failureLimit (${failureLimit})`;
      stop(nowS, 'abort', `Rollout aborted: ${why}; traffic back to stable`, events);
      return;
    }
    const inconclusiveMetric = METRICS.find((metric) => current.inconclusive[metric] > inconclusiveLimit);
    if (inconclusiveMetric) {
      const why = `metric "${inconclusiveMetric}" assessed Inconclusive due to inconclusive (${current.inconclusive[inconclusiveMetric]}) > inconclusiveLimit (${inconclusiveLimit})`;
      stop(nowS, 'pause', `Rollout paused at setWeight ${steps[stepIndex]}: ${why}; waiting for promote or abort`, events);
    }
  }

  return {
    strategy,
    weights: () => (phase === 'promoted' ? ALL_CANARY : phase === 'aborted' || stepIndex < 0 ? ALL_STABLE : trafficWeights(steps[stepIndex]!)),
    phase: () => phase,
    dueAt() {
      if (phase !== 'progressing') return null;
      if (stepIndex < 0) return 0;
      return Math.min(stepEndsAtS, run ? run.nextAtS : Infinity);
    },
    analysisWindow: () => (phase === 'progressing' && run ? { fromS: run.fromS, toS: run.nextAtS } : null),
    advance(nowS, input) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'progressing') return events;
      if (stepIndex < 0) {
        events.push({ atS: nowS, kind: 'start', message: `Rollout started: ${steps.length} steps of ${pauseS}s; background AnalysisRun every ${intervalS}s` });
        setStep(nowS, 0, events);
        startRun(nowS);
        return events;
      }
      if (run && run.nextAtS <= nowS) measure(nowS, input, events);
      if (phase === 'progressing' && stepEndsAtS <= nowS) nextStep(nowS, events);
      return events;
    },
    resume(nowS) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase !== 'paused') return events;
      phase = 'progressing';
      startRun(nowS);
      events.push({ atS: nowS, kind: 'resume', message: `Rollout promoted by user: AnalysisRun ${runCount} started, moving past step ${stepIndex + 1}` });
      nextStep(nowS, events);
      return events;
    },
    abort(nowS) {
      clock.tick(nowS);
      const events: ControllerEvent[] = [];
      if (phase === 'promoted' || phase === 'aborted') return events;
      stop(nowS, 'abort', 'Rollout aborted by user; traffic back to stable', events);
      return events;
    },
  };
}

/** "Successful (success-rate 0.998, latency-p99 212ms)", or each metric that was not, with its count against its limit. */
function describeMeasurement(strategy: ArgoStrategy, run: AnalysisRun, results: readonly Measurement[], noRequests: boolean): string {
  const limitText = (count: string, value: number, limit: string, limitValue: number) => `${count} ${value} ${value > limitValue ? '>' : '≤'} ${limit} ${limitValue}`;
  const countText = (metric: MetricName, phase: MeasurementPhase) =>
    phase === 'Failed'
      ? limitText('failed', run.failed[metric], 'failureLimit', strategy.failureLimit)
      : limitText('inconclusive', run.inconclusive[metric], 'inconclusiveLimit', strategy.inconclusiveLimit);
  const notSuccessful = results.filter((r) => r.phase !== 'Successful');
  if (notSuccessful.length === 0) return `Successful (${results.map((r) => r.text).join(', ')})`;
  if (noRequests) {
    const most = METRICS.reduce((a, b) => (run.inconclusive[b] > run.inconclusive[a] ? b : a));
    return `no canary requests, every metric Inconclusive (${countText(most, 'Inconclusive')})`;
  }
  return notSuccessful.map((r) => `${r.text}: ${r.phase} (${countText(r.metric, r.phase)})`).join('; ');
}

/** Successful when the success condition holds, Failed when the failure condition holds, else Inconclusive; no data is Inconclusive (NaN meets neither condition). */
function assess(strategy: ArgoStrategy, metric: MetricName, reading: HealthReading): Measurement {
  const { criteria, failureSuccessRate, failureLatencyFactor } = strategy;
  if (metric === 'success-rate') {
    const value = reading.successRate;
    if (value === null) return { metric, phase: 'Inconclusive', text: 'success-rate no data' };
    if (value >= criteria.minSuccessRate) return { metric, phase: 'Successful', text: `success-rate ${formatRatio(value, criteria.minSuccessRate)}` };
    if (value < failureSuccessRate) return { metric, phase: 'Failed', text: `success-rate ${formatRatio(value, failureSuccessRate)} < ${formatRatio(failureSuccessRate)}` };
    return { metric, phase: 'Inconclusive', text: `success-rate ${formatRatio(value, criteria.minSuccessRate)} between ${formatRatio(failureSuccessRate)} and ${formatRatio(criteria.minSuccessRate)}` };
  }
  const value = reading.p99Ms;
  const failAbove = criteria.maxP99Ms * failureLatencyFactor;
  if (value === null) return { metric, phase: 'Inconclusive', text: 'latency-p99 no data' };
  if (value <= criteria.maxP99Ms) return { metric, phase: 'Successful', text: `latency-p99 ${formatMs(value, criteria.maxP99Ms)}` };
  if (value > failAbove) return { metric, phase: 'Failed', text: `latency-p99 ${formatMs(value, failAbove)} > ${formatMs(failAbove)}` };
  return { metric, phase: 'Inconclusive', text: `latency-p99 ${formatMs(value, criteria.maxP99Ms)} between ${formatMs(criteria.maxP99Ms)} and ${formatMs(failAbove)}` };
}

function validateArgo(strategy: ArgoStrategy): void {
  const where = 'Argo strategy';
  requireRisingWeights(where, 'steps', strategy.steps, 100);
  requirePositive(where, 'pauseS', strategy.pauseS);
  requirePositive(where, 'intervalS', strategy.intervalS);
  requireCount(where, 'failureLimit', strategy.failureLimit, 0);
  requireCount(where, 'inconclusiveLimit', strategy.inconclusiveLimit, 0);
  requireCriteria(where, strategy.criteria);
  requireRate(where, 'failureSuccessRate', strategy.failureSuccessRate);
  if (strategy.failureSuccessRate > strategy.criteria.minSuccessRate) {
    throw new RangeError(`${where}: failureSuccessRate (${strategy.failureSuccessRate}) must not be above criteria.minSuccessRate (${strategy.criteria.minSuccessRate}).`);
  }
  if (!(strategy.failureLatencyFactor >= 1) || !Number.isFinite(strategy.failureLatencyFactor)) {
    throw new RangeError(`${where}: failureLatencyFactor must be a finite number ≥ 1, got ${strategy.failureLatencyFactor}.`);
  }
}
