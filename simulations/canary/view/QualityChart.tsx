// Spam caught (or German mail judged right) per interval for v1 and v2, known only once the labels arrive; the wait is shaded.
import { useId, useMemo, useState } from 'react';
import { formatPercent, LineChart, type ShadedSpan } from '../../charts';
import type { CanarySnapshot, IntervalPoint, QualityPoint } from '../snapshot';
import { clock, minutes } from './time-format';

type Measure = 'caught' | 'segmentRight';

const MEASURES: Record<Measure, { label: string; title: string; axis: string }> = {
  caught: { label: 'Spam caught, all mail', title: 'Spam caught, once labelled', axis: 'Spam caught' },
  segmentRight: { label: 'Right verdicts on German mail', title: 'German mail judged right, once labelled', axis: 'Right verdicts' },
};

function qualitySeries(intervals: readonly IntervalPoint[], version: 'v1Quality' | 'v2Quality', measure: Measure) {
  return intervals.flatMap((interval) => {
    const quality: QualityPoint | null = interval[version];
    return quality ? [{ x: minutes(interval.endS), y: quality[measure] ?? NaN }] : [];
  });
}

const percent = (v: number) => String(Number((v * 100).toFixed(1)));

export function QualityChart({ snapshot }: { snapshot: Pick<CanarySnapshot, 'intervals' | 'durationS' | 'nowS' | 'labelDelayS'> }) {
  const id = useId();
  const [measure, setMeasure] = useState<Measure>('caught');
  const { intervals, durationS, nowS, labelDelayS } = snapshot;
  const series = useMemo(
    () => [
      { id: 'v1', label: 'v1', colour: 'viz-1' as const, points: qualitySeries(intervals, 'v1Quality', measure) },
      { id: 'v2', label: 'v2', colour: 'viz-2' as const, dashed: true, points: qualitySeries(intervals, 'v2Quality', measure) },
    ],
    [intervals, measure],
  );
  const pendingFrom = Math.max(0, nowS - labelDelayS);
  const spans = useMemo((): ShadedSpan[] => (labelDelayS > 0 && nowS > 0 ? [{ from: minutes(pendingFrom), to: minutes(nowS), label: 'labels pending' }] : []), [pendingFrom, nowS, labelDelayS]);
  const labelled = intervals.filter((interval) => interval.v1Quality !== null);
  const last = labelled.at(-1);
  const overall = (version: 'v1Quality' | 'v2Quality') => {
    // Spam caught pools every labelled spam message; German mail is pooled by intervals served, which are equal in length.
    const points = labelled.flatMap((interval) => (interval[version]?.[measure] == null ? [] : [interval[version]!]));
    const weight = (point: QualityPoint) => (measure === 'caught' ? point.spam : 1);
    const total = points.reduce((sum, point) => sum + weight(point), 0);
    return total === 0 ? 'nothing yet' : formatPercent(points.reduce((sum, point) => sum + point[measure]! * weight(point), 0) / total);
  };
  const summary = last
    ? `Labels have arrived up to ${clock(last.endS)}. So far: v1 ${overall('v1Quality')}, v2 ${overall('v2Quality')}. Requests after ${clock(pendingFrom)} await their labels.`
    : `No labels yet: they arrive ${Math.round(labelDelayS / 60)} minutes after each request.`;
  return (
    <div className="canary-quality">
      <fieldset className="sim-fieldset canary-measure">
        <legend className="sim-visually-hidden">Quality measure</legend>
        {(Object.keys(MEASURES) as Measure[]).map((key) => (
          <label key={key} className="sim-toggle">
            <input type="radio" className="sim-switch" name={`${id}-measure`} checked={measure === key} onChange={() => setMeasure(key)} />
            {MEASURES[key].label}
          </label>
        ))}
      </fieldset>
      <LineChart
        title={MEASURES[measure].title}
        summary={summary}
        description="What users’ reports later say about each version’s answers in each interval. The shaded stretch has no labels yet: no check can see it."
        xLabel="Time"
        xUnit="min"
        xDomain={[0, minutes(durationS)]}
        yLabel={MEASURES[measure].axis}
        yUnit="%"
        yFormat={percent}
        yDomain={[0, 1]}
        spans={spans}
        series={series}
      />
    </div>
  );
}
