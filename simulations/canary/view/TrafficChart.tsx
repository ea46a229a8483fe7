// The canary's (and baseline's, and mirror's) share of traffic over time, as steps, with the rollout's decision marked.
import { useMemo } from 'react';
import { LineChart, type LineSeries, type VerticalMarker } from '../../charts';
import type { CanarySnapshot, WeightPoint } from '../snapshot';
import { clock, minutes } from './time-format';

const DECISIONS = { promote: 'promoted', abort: 'rolled back', pause: 'paused' } as const;

/** Steps that hold each share until the next change, extended to now so the last one shows. */
function stepPoints(weights: readonly WeightPoint[], nowS: number, pick: (point: WeightPoint) => number) {
  const points = weights.map((point) => ({ x: minutes(point.atS), y: pick(point) }));
  const last = weights.at(-1);
  if (last && nowS > last.atS) points.push({ x: minutes(nowS), y: pick(last) });
  return points;
}

export function TrafficChart({ snapshot }: { snapshot: Pick<CanarySnapshot, 'weights' | 'events' | 'nowS' | 'durationS'> }) {
  const { weights, events, nowS, durationS } = snapshot;
  const series = useMemo(() => {
    const list: LineSeries[] = [{ id: 'canary', label: 'v2 (canary), users', colour: 'viz-2', points: stepPoints(weights, nowS, (point) => point.canary) }];
    if (weights.some((point) => point.baseline > 0)) list.push({ id: 'baseline', label: 'v1 baseline beside it', colour: 'viz-1', dashed: true, points: stepPoints(weights, nowS, (point) => point.baseline) });
    if (weights.some((point) => point.mirror > 0)) list.push({ id: 'mirror', label: 'Copies mirrored to v2', colour: 'viz-3', dashed: true, points: stepPoints(weights, nowS, (point) => point.mirror) });
    return list;
  }, [weights, nowS]);
  const markers = useMemo(
    (): VerticalMarker[] => events.flatMap((event) => (event.kind in DECISIONS ? [{ x: minutes(event.atS), label: DECISIONS[event.kind as keyof typeof DECISIONS] }] : [])),
    [events],
  );
  const current = weights.at(-1);
  const summary = current
    ? `At ${clock(nowS)}, v2 answers ${current.canary} % of users${current.baseline ? `, a fresh v1 baseline ${current.baseline} %` : ''}${current.mirror ? ` and gets a copy of ${current.mirror} % of requests` : ''}; v1 answers ${current.stable} %.`
    : 'The rollout has not started.';
  return (
    <LineChart
      title="Traffic to the new version"
      summary={summary}
      description="Each step holds until the rollout moves on. Vertical lines mark promotion, rollback or a pause for a human."
      xLabel="Time"
      xUnit="min"
      xDomain={[0, minutes(durationS)]}
      yLabel="Share of traffic"
      yUnit="%"
      yDomain={[0, 100]}
      curve="step"
      markers={markers}
      series={series}
    />
  );
}
