// Error rate or p99 latency per analysis interval for v1 and v2, each with its 95 % interval, against the check's limit.
import { useMemo } from 'react';
import { formatPercent, LineChart, type BandPoint, type LineSeries, type Point } from '../../charts';
import type { CanarySnapshot, HealthPoint, IntervalPoint } from '../snapshot';
import { minutes } from './time-format';

export type HealthMetric = 'errors' | 'p99';

const read = {
  errors: (h: HealthPoint) => [h.errorRate, h.errorLow, h.errorHigh] as const,
  p99: (h: HealthPoint) => [h.p99Ms, h.p99Low, h.p99High] as const,
};

function healthSeries(intervals: readonly IntervalPoint[], metric: HealthMetric, version: 'v1' | 'v2') {
  const points: Point[] = [];
  const band: BandPoint[] = [];
  for (const interval of intervals) {
    const [value, low, high] = read[metric](interval[version]);
    const x = minutes(interval.endS);
    points.push({ x, y: value ?? NaN });
    if (low !== null && high !== null) band.push({ x, lo: low, hi: high });
  }
  return { points, band };
}

const percent = (v: number) => String(Number((v * 100).toFixed(2)));
const ms = (v: number) => String(Math.round(v));

export function HealthChart({ snapshot, metric, limit }: { snapshot: Pick<CanarySnapshot, 'intervals' | 'durationS' | 'intervalS'>; metric: HealthMetric; limit: number }) {
  const { intervals, durationS } = snapshot;
  const series = useMemo((): LineSeries[] => {
    const v1 = healthSeries(intervals, metric, 'v1');
    const v2 = healthSeries(intervals, metric, 'v2');
    return [
      { id: 'v1', label: 'v1', colour: 'viz-1', points: v1.points, band: v1.band },
      { id: 'v2', label: 'v2', colour: 'viz-2', dashed: true, points: v2.points, band: v2.band },
    ];
  }, [intervals, metric]);
  const latest = intervals.at(-1);
  const show = (h: HealthPoint | undefined) => {
    const [value] = h ? read[metric](h) : [null];
    if (value === null || value === undefined) return 'no requests';
    return metric === 'errors' ? `${formatPercent(value, 2)} of ${h!.requests.toLocaleString('en')}` : `${Math.round(value)} ms over ${h!.requests.toLocaleString('en')} requests`;
  };
  const summary = latest ? `Last interval: v1 ${show(latest.v1)}; v2 ${show(latest.v2)}.` : 'No interval has ended yet.';
  const errors = metric === 'errors';
  return (
    <LineChart
      title={errors ? 'Failed requests per version' : 'p99 latency per version'}
      summary={summary}
      description={`Per ${snapshot.intervalS}-second interval, with a 95 % interval (${errors ? 'Wilson' : 'from order statistics'}) that is wide when a version served few requests. The line is the check’s limit.`}
      xLabel="Time"
      xUnit="min"
      xDomain={[0, minutes(durationS)]}
      yLabel={errors ? 'Failed' : 'p99 latency'}
      yUnit={errors ? '%' : 'ms'}
      yFormat={errors ? percent : ms}
      yIncludesZero
      references={[{ y: limit, label: errors ? `limit ${formatPercent(limit, 1)}` : `limit ${limit} ms` }]}
      series={series}
    />
  );
}
