// Estimated accuracy (at once, from confidence) against true accuracy (only after the label delay), the delay gap shaded.
import { useMemo } from 'react';
import { formatPercent, LineChart, type ShadedSpan, type VerticalMarker } from '../../charts';
import type { DriftSnapshot } from '../snapshot';
import { accuracyFloor, accuracySeries } from './accuracy-series';
import { labelGap, lastLabelled } from './drift-spans';

/** Percent with one decimal in the data table; ticks land on whole numbers anyway. */
const percent = (v: number) => String(Number((v * 100).toFixed(1)));

export function AccuracyChart({ snapshot }: { snapshot: Pick<DriftSnapshot, 'history' | 'batches' | 'labelDelay' | 'driftStart' | 'reference' | 'batch'> }) {
  const { history, batches, labelDelay, driftStart, reference } = snapshot;
  const { estimated, truth } = useMemo(() => accuracySeries(history), [history]);
  const floor = accuracyFloor([...estimated.map((p) => p.y), ...truth.map((p) => p.y)]);
  const gap = labelGap(history, labelDelay);
  const spans = useMemo((): ShadedSpan[] => (gap ? [gap] : []), [gap?.from, gap?.to, gap?.label]);
  const markers = useMemo((): VerticalMarker[] => (driftStart !== null && driftStart <= snapshot.batch ? [{ x: driftStart, label: 'drift starts' }] : []), [driftStart, snapshot.batch]);
  const latest = history.at(-1);
  const known = lastLabelled(history);
  const truthAt = known === null ? undefined : history[known - 1]?.trueAccuracy;
  const summary = latest
    ? `Batch ${latest.batch}: estimated accuracy ${formatPercent(latest.estimatedAccuracy)}. ${
        known === null || truthAt == null ? 'No labels have arrived yet.' : `True accuracy is known up to batch ${known}: ${formatPercent(truthAt)}.`
      }${gap ? ` Batches ${gap.from + 1} to ${gap.to} await their labels.` : ''}`
    : 'No batches served yet.';
  return (
    <LineChart
      title="Estimated vs true accuracy"
      summary={summary}
      description={`The estimate comes from the model’s own confidence, so it exists at once. The truth needs labels, which arrive ${labelDelay} ${labelDelay === 1 ? 'batch' : 'batches'} later (shaded).`}
      xLabel="Batch"
      xUnit="day"
      xDomain={[0, batches]}
      yLabel="Accuracy"
      yUnit="%"
      yFormat={percent}
      yDomain={[floor, 1]}
      references={[{ y: reference.accuracy, label: `on training data ${formatPercent(reference.accuracy)}` }]}
      markers={markers}
      spans={spans}
      series={[
        { id: 'estimated', label: 'Estimated (no labels)', colour: 'viz-1', points: estimated },
        { id: 'true', label: 'True (once labelled)', colour: 'viz-2', dashed: true, points: truth },
      ]}
    />
  );
}
