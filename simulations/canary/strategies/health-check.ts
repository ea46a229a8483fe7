// One version's health over one window against the pass criteria, and its numbers as event messages print them.
import type { HealthCriteria } from './config';
import type { VersionHealth } from './controller';

export interface HealthReading {
  readonly requests: number;
  /** 1 − errors / requests; null when there were no requests. */
  readonly successRate: number | null;
  /** null when there were no requests or no latency was measured. */
  readonly p99Ms: number | null;
}

/** Reads (and sanity-checks) what the engine measured; a missing measurement reads as a window without requests. */
export function readHealth(health: VersionHealth | null | undefined): HealthReading {
  if (!health) return { requests: 0, successRate: null, p99Ms: null };
  const { requests, errors, p99Ms } = health;
  if (!Number.isInteger(requests) || requests < 0 || !Number.isInteger(errors) || errors < 0 || errors > requests) {
    throw new RangeError(`VersionHealth needs integer counts with 0 ≤ errors ≤ requests, got ${errors} errors of ${requests}.`);
  }
  if (p99Ms !== null && !(p99Ms >= 0)) throw new RangeError(`VersionHealth.p99Ms must be ≥ 0 or null, got ${p99Ms}.`);
  if (requests === 0) return { requests, successRate: null, p99Ms: null };
  return { requests, successRate: 1 - errors / requests, p99Ms };
}

export type CriteriaMetric = 'request-success-rate' | 'request-duration';

/**
 * Flagger-style check of both criteria, success rate first: the first metric that is out of
 * range or has no values decides. `text` is ready for a message, e.g. "success rate 91.2% < 99%".
 */
export type CriteriaCheck =
  | { readonly status: 'pass'; readonly text: string }
  | { readonly status: 'fail' | 'no-data'; readonly metric: CriteriaMetric; readonly text: string };

export function checkCriteria(health: VersionHealth | null | undefined, criteria: HealthCriteria): CriteriaCheck {
  const { successRate, p99Ms } = readHealth(health);
  if (successRate === null) return { status: 'no-data', metric: 'request-success-rate', text: 'no values found for metric request-success-rate' };
  const rate = formatPercent(successRate, criteria.minSuccessRate);
  const minRate = formatPercent(criteria.minSuccessRate);
  if (successRate < criteria.minSuccessRate) return { status: 'fail', metric: 'request-success-rate', text: `success rate ${rate} < ${minRate}` };
  if (p99Ms === null) return { status: 'no-data', metric: 'request-duration', text: 'no values found for metric request-duration' };
  const p99 = formatMs(p99Ms, criteria.maxP99Ms);
  const maxP99 = formatMs(criteria.maxP99Ms);
  if (p99Ms > criteria.maxP99Ms) return { status: 'fail', metric: 'request-duration', text: `request duration ${p99} > ${maxP99}` };
  return { status: 'pass', text: `success rate ${rate} ≥ ${minRate}, request duration ${p99} ≤ ${maxP99}` };
}

/** "91.2%" from 0.912; with `against`, enough decimals that the two never print alike (0.98996 vs 0.99 → "98.996%"). */
export function formatPercent(ratio: number, against?: number): string {
  return `${formatDistinct(ratio * 100, 2, against === undefined ? undefined : against * 100)}%`;
}

/** "0.912"; with `against`, enough decimals that the two never print alike. */
export function formatRatio(ratio: number, against?: number): string {
  return formatDistinct(ratio, 4, against);
}

/** "812ms"; with `against`, enough decimals that the two never print alike. */
export function formatMs(ms: number, against?: number): string {
  return `${formatDistinct(ms, 0, against)}ms`;
}

function formatDistinct(value: number, decimals: number, against: number | undefined): string {
  const format = (x: number, digits: number) => String(Number(x.toFixed(digits)));
  let digits = decimals;
  while (against !== undefined && value !== against && digits < decimals + 4 && format(value, digits) === format(against, digits)) digits++;
  return format(value, digits);
}
