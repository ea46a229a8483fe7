// Chart intervals from the tick records: per-version health with 95 % intervals, and spam caught once the labels are in.
import { merged } from './analysis';
import type { RoleTally, TickRecord } from './requests';
import type { HealthPoint, IntervalPoint, QualityPoint } from './snapshot';
import { quantileInterval } from './stats/quantile';
import { wilsonInterval } from './stats/wilson';

const V1_ROLES = ['stable', 'baseline'] as const;
const V2_ROLES = ['canary', 'mirror'] as const;

function healthOf(tally: RoleTally): HealthPoint {
  if (tally.requests === 0) return { requests: 0, errorRate: null, errorLow: null, errorHigh: null, p99Ms: null, p99Low: null, p99High: null };
  const errors = wilsonInterval(tally.errors, tally.requests);
  const p99 = quantileInterval(tally.latencies, 0.99);
  return { requests: tally.requests, errorRate: errors.estimate, errorLow: errors.lower, errorHigh: errors.upper, p99Ms: p99.estimate, p99Low: p99.lower, p99High: p99.upper };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function qualityOf(tally: RoleTally): QualityPoint {
  return { spam: tally.spam, caught: share(tally.spamCaught, tally.spam), segmentRight: share(tally.segmentRight, tally.segment) };
}

/** The chart interval ending at `endS`; quality only if its labels have arrived by `nowS`. */
export function intervalPoint(ticks: readonly TickRecord[], endS: number, intervalS: number, nowS: number, labelDelayS: number): IntervalPoint {
  const inside = ticks.filter((tick) => tick.startS >= endS - intervalS && tick.startS < endS);
  const v1 = merged(inside, V1_ROLES);
  const v2 = merged(inside, V2_ROLES);
  const labelled = nowS >= endS + labelDelayS;
  return { endS, v1: healthOf(v1), v2: healthOf(v2), v1Quality: labelled ? qualityOf(v1) : null, v2Quality: labelled ? qualityOf(v2) : null };
}
