// Model freshness: recall and precision over time for the batch-retrained and the online model, and what each costs.
import { useId, useMemo } from 'react';
import { formatNumber, formatPercent, LineChart, type VerticalMarker } from '../../charts';
import type { StreamingSnapshot } from '../snapshot';
import { formatClock, formatDuration } from './run-clock';

/** Axes in hours for long runs and minutes for short ones, so the round ticks d3 picks are round times. */
const timeUnit = (duration: number) => (duration > 2 * 3_600_000 ? 3_600_000 : 60_000);

const percentAxis = { yUnit: '%', yFormat: (v: number) => `${Math.round(v * 100)}`, yDomain: [0, 1] as [number, number] };

export function FreshnessPanel({ freshness, now, duration }: Pick<StreamingSnapshot, 'freshness' | 'now' | 'duration'>) {
  const titleId = useId();
  const { points, batch, streaming, campaignStart } = freshness;
  const unit = timeUnit(duration);
  const clock = (value: number) => formatClock(value * unit);
  const markers = useMemo((): VerticalMarker[] => {
    const list: VerticalMarker[] = batch.updates.map((t) => ({ x: t / unit, label: `batch run ${formatClock(t)}` }));
    if (campaignStart !== null && campaignStart <= now) list.unshift({ x: campaignStart / unit, label: 'campaign starts' });
    return list;
  }, [batch.updates, campaignStart, now, unit]);
  const series = (metric: 'recall' | 'precision') => [
    { id: `batch-${metric}`, label: `Batch ${metric}`, colour: 'viz-5' as const, points: points.map((p) => ({ x: p.t / unit, y: p.batch[metric] })) },
    { id: `streaming-${metric}`, label: `Streaming ${metric}`, colour: 'viz-1' as const, dashed: true, points: points.map((p) => ({ x: p.t / unit, y: p.streaming[metric] })) },
  ];
  const last = points.at(-1);
  const recallSummary = last
    ? `In the interval ending ${formatClock(last.t)}, the batch model caught ${formatPercent(last.batch.recall)} of spam and the streaming model ${formatPercent(last.streaming.recall)}.`
    : 'No interval has finished yet.';
  const precisionSummary = last
    ? `Of the messages each flagged, ${formatPercent(last.batch.precision)} (batch) and ${formatPercent(last.streaming.precision)} (streaming) were spam.`
    : 'No interval has finished yet.';
  const xDomain: [number, number] = [0, duration / unit];
  return (
    <section className="streaming-freshness" aria-labelledby={titleId}>
      <h3 id={titleId} className="streaming-subtitle">
        Model freshness
      </h3>
      <p className="streaming-note">
        Both models score every message as it is read. The batch model is retrained from scratch at each batch run; the streaming model takes a small gradient step on each window’s messages as soon as the window reports.
      </p>
      <div className="streaming-freshness-charts">
        <LineChart title="Recall: share of spam caught" summary={recallSummary} xLabel="Processing time" xFormat={clock} xDomain={xDomain} yLabel="Recall" {...percentAxis} markers={markers} series={series('recall')} />
        <LineChart title="Precision: share of flags that were spam" summary={precisionSummary} xLabel="Processing time" xFormat={clock} xDomain={xDomain} yLabel="Precision" {...percentAxis} markers={markers} series={series('precision')} />
      </div>
      <div className="streaming-scroll" role="region" aria-label="What freshness costs, scrollable" tabIndex={0}>
        <table className="streaming-table streaming-cost">
          <caption>What freshness costs so far</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Updates</th>
              <th scope="col">Training examples processed</th>
              <th scope="col">Data age when learned (mean)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Batch</th>
              <td>{batch.updates.length}</td>
              <td>{formatNumber(batch.cost)}</td>
              <td>{formatDuration(batch.latency)}</td>
            </tr>
            <tr>
              <th scope="row">Streaming</th>
              <td>{streaming.updates.length}</td>
              <td>{formatNumber(streaming.cost)}</td>
              <td>{formatDuration(streaming.latency)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
