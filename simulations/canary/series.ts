// Chart intervals from the tick records: per-version health with 95 % intervals when an interval ends, spam caught once its labels are in.
import { merged, ticksIn } from './analysis';
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

const ticksOf = (ticks: readonly TickRecord[], endS: number, intervalS: number) => ticksIn(ticks, { fromS: endS - intervalS, toS: endS });

/** The chart interval ending at `endS`: each version's health; quality stays null until `withQuality`. */
export function intervalPoint(ticks: readonly TickRecord[], endS: number, intervalS: number): IntervalPoint {
  const inside = ticksOf(ticks, endS, intervalS);
  return { endS, v1: healthOf(merged(inside, V1_ROLES)), v2: healthOf(merged(inside, V2_ROLES)), v1Quality: null, v2Quality: null };
}

/** The same interval once its labels have arrived: health as it was, plus each version's quality. */
export function withQuality(point: IntervalPoint, ticks: readonly TickRecord[], intervalS: number): IntervalPoint {
  const inside = ticksOf(ticks, point.endS, intervalS);
  return { ...point, v1Quality: qualityOf(merged(inside, V1_ROLES)), v2Quality: qualityOf(merged(inside, V2_ROLES)) };
}
