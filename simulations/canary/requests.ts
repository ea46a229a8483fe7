// One tick of production traffic: Poisson arrivals routed by weight, each request scored by its version's TF.js model, with latency and errors drawn.
import type { Rng } from '../core/rng';
import type { CanaryMail } from './mail-pool';
import type { TrafficWeights } from './strategies/controller';
import { BROKEN_SEGMENT, type ServingVersion } from './versions';

/** Who served a request: stable (v1), canary (v2), baseline (a fresh v1 beside the canary), or a mirrored copy to v2 nobody sees. */
export const ROLES = ['stable', 'canary', 'baseline', 'mirror'] as const;
export type Role = (typeof ROLES)[number];

/** What one role served in one tick. Quality counts are about the answer the user got (an error delivers the message unfiltered). */
export interface RoleTally {
  requests: number;
  errors: number;
  /** Milliseconds, one per request. */
  latencies: number[];
  spam: number;
  spamCaught: number;
  ham: number;
  hamKept: number;
  /** Requests in the segment the segment regression breaks (German mail), and how many got the right verdict. */
  segment: number;
  segmentRight: number;
  /** Canary only: requests that went wrong (an error, a reply over the latency budget, a wrong verdict) where v1 would have got them right. */
  harmed: number;
}

export interface TickRecord {
  startS: number;
  roles: Record<Role, RoleTally>;
}

export interface ServingContext {
  mail: CanaryMail;
  v1: ServingVersion;
  v2: ServingVersion;
  /** Requests per second. */
  rate: number;
  /** The latency budget a reply must meet (ms); slower canary replies count as harm. */
  budgetMs: number;
}

const emptyTally = (): RoleTally => ({ requests: 0, errors: 0, latencies: [], spam: 0, spamCaught: 0, ham: 0, hamKept: 0, segment: 0, segmentRight: 0, harmed: 0 });

/**
 * Serves [startS, startS + seconds). Randomness comes from `rng` forked by purpose, so the same
 * seed sends the same messages at the same times whatever the strategy: runs compare fairly.
 */
export function serveTick(context: ServingContext, weights: TrafficWeights, startS: number, seconds: number, rng: Rng): TickRecord {
  const { mail, v1, v2 } = context;
  const pool = mail.production;
  const arrivals = rng.fork('arrivals');
  const routing = rng.fork('routing');
  const count = arrivals.poisson(context.rate * seconds);
  const byRole: Record<Role, number[]> = { stable: [], canary: [], baseline: [], mirror: [] };
  const shares = [weights.stable, weights.canary, weights.baseline];
  for (let i = 0; i < count; i++) {
    const message = arrivals.int(0, pool.messages.length - 1);
    const role = ROLES[routing.categorical(shares)]!;
    byRole[role].push(message);
    if (role === 'stable' && weights.mirrorPercent > 0 && routing.bernoulli(weights.mirrorPercent / 100)) byRole.mirror.push(message);
  }
  const roles = { stable: emptyTally(), canary: emptyTally(), baseline: emptyTally(), mirror: emptyTally() };
  for (const role of ROLES) {
    const rows = byRole[role];
    if (rows.length === 0) continue;
    const version = role === 'canary' || role === 'mirror' ? v2 : v1;
    const scores = version.score(rows);
    // v1's answer to the canary's requests, to tell a worse answer from an equally wrong one.
    const v1Scores = role === 'canary' ? v1.score(rows) : null;
    const draws = rng.fork(`serve:${role}`);
    const tally = roles[role];
    rows.forEach((row, i) => {
      // One uniform and one normal per request drive both versions' error and latency, so "what v1
      // would have done" is the same request's counterfactual, not a fresh draw.
      const u = draws.next();
      const z = draws.normal();
      const error = u < version.errorRate;
      const latency = Math.exp(version.latency.mu + version.latency.sigma * z);
      const spam = pool.y[row] === 1;
      const flagged = !error && scores[i]! >= 0.5;
      tally.requests++;
      tally.errors += error ? 1 : 0;
      tally.latencies.push(latency);
      if (spam) {
        tally.spam++;
        tally.spamCaught += flagged ? 1 : 0;
      } else {
        tally.ham++;
        tally.hamKept += !error && !flagged ? 1 : 0;
      }
      if (pool.messages[row]!.language === BROKEN_SEGMENT) {
        tally.segment++;
        tally.segmentRight += !error && flagged === spam ? 1 : 0;
      }
      if (v1Scores) {
        const bad = error || latency > context.budgetMs || flagged !== spam;
        const v1Bad = u < v1.errorRate || Math.exp(v1.latency.mu + v1.latency.sigma * z) > context.budgetMs || v1Scores[i]! >= 0.5 !== spam;
        if (bad && !v1Bad) tally.harmed++;
      }
    });
  }
  return { startS, roles };
}
