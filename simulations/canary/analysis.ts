// What the rollout controller is told at the end of an analysis window: each version's health, and for Kayenta the judge's verdict.
import { judgeCanary, type JudgeResult } from './judge/canary-judge';
import type { CanaryParams } from './params';
import type { Role, RoleTally, TickRecord } from './requests';
import { quantile } from './stats/quantile';
import type { AnalysisInput, AnalysisWindow, JudgeVerdict, VersionHealth } from './strategies/controller';

/** A reply slower than the budget by this factor counts a Kayenta latency rise as big enough to matter (Kayenta's effect size). */
const LATENCY_RATIO_HIGH = 1.1;

/** The ticks that lie inside [fromS, toS). */
export const ticksIn = (ticks: readonly TickRecord[], window: AnalysisWindow) => ticks.filter((tick) => tick.startS >= window.fromS && tick.startS < window.toS);

/** Everything `roles` served over `ticks`, merged. */
export function merged(ticks: readonly TickRecord[], roles: readonly Role[]): RoleTally {
  const out: RoleTally = { requests: 0, errors: 0, latencies: [], spam: 0, spamCaught: 0, ham: 0, hamKept: 0, segment: 0, segmentRight: 0, harmed: 0 };
  for (const tick of ticks) {
    for (const role of roles) {
      const tally = tick.roles[role];
      out.requests += tally.requests;
      out.errors += tally.errors;
      for (const latency of tally.latencies) out.latencies.push(latency);
      out.spam += tally.spam;
      out.spamCaught += tally.spamCaught;
      out.ham += tally.ham;
      out.hamKept += tally.hamKept;
      out.segment += tally.segment;
      out.segmentRight += tally.segmentRight;
      out.harmed += tally.harmed;
    }
  }
  return out;
}

export function health(tally: RoleTally): VersionHealth {
  return { requests: tally.requests, errors: tally.errors, p99Ms: tally.requests === 0 ? null : quantile(tally.latencies, 0.99) };
}

const errorSample = (tally: RoleTally) => Array.from({ length: tally.requests }, (_, i) => (i < tally.errors ? 1 : 0));

/** Kayenta-style: the canary against the baseline started with it, on latency and on errors (critical). */
export function judge(canary: RoleTally, baseline: RoleTally, p: Pick<CanaryParams, 'passScore' | 'marginalScore' | 'minDataPoints'>): JudgeResult {
  return judgeCanary(
    [
      { name: 'latency', direction: 'increase', canary: canary.latencies, baseline: baseline.latencies, meanRatioThresholds: { low: 0, high: LATENCY_RATIO_HIGH } },
      { name: 'errors', direction: 'increase', critical: true, canary: errorSample(canary), baseline: errorSample(baseline) },
    ],
    { passScore: p.passScore, marginalScore: p.marginalScore, minDataPoints: p.minDataPoints },
  );
}

/** The window's measurements as the controller wants them; the judge's full report alongside, when there is one. */
export function measure(ticks: readonly TickRecord[], window: AnalysisWindow, p: CanaryParams): { input: AnalysisInput; report: JudgeResult | null } {
  const inWindow = ticksIn(ticks, window);
  const stable = merged(inWindow, ['stable']);
  // In a shadow rollout v2 only sees mirrored copies: those are what its checks measure.
  const canary = merged(inWindow, p.strategy === 'shadow' ? ['mirror'] : ['canary']);
  if (p.strategy !== 'kayenta') return { input: { canary: health(canary), stable: health(stable) }, report: null };
  const baseline = merged(inWindow, ['baseline']);
  const report = judge(canary, baseline, p);
  const verdict: JudgeVerdict = { score: Number.isNaN(report.score) ? 0 : report.score, verdict: report.verdict, reason: report.reason };
  return { input: { canary: health(canary), stable: health(stable), baseline: health(baseline), judge: verdict }, report };
}
