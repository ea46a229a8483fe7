// Two whole-batch drift scores per batch: the domain classifier's AUC and the share of columns that drifted.
import { useMemo } from 'react';
import { formatNumber, formatPercent, LineChart, type ReferenceLine } from '../../charts';
import type { DriftSnapshot } from '../snapshot';

/** Two decimals: enough for an AUC in the data table, and round ticks stay short (0.2, 0.4). */
const score = (v: number) => formatNumber(Number(v.toFixed(2)));

export function ScoresChart({ snapshot, aucThreshold }: { snapshot: Pick<DriftSnapshot, 'history' | 'batches'>; aucThreshold: number }) {
  const { history, batches } = snapshot;
  const series = useMemo(
    () => [
      { id: 'auc', label: 'Domain classifier AUC', colour: 'viz-4' as const, points: history.map((p) => ({ x: p.batch, y: p.auc ?? NaN })) },
      { id: 'share', label: 'Share of columns drifted', colour: 'viz-3' as const, dashed: true, points: history.map((p) => ({ x: p.batch, y: p.driftShare })) },
    ],
    [history],
  );
  const references = useMemo((): ReferenceLine[] => [{ y: aucThreshold, label: `AUC alert at ${aucThreshold.toFixed(2)}` }], [aucThreshold]);
  const latest = history.at(-1);
  const summary = latest
    ? `Batch ${latest.batch}: the domain classifier tells batch from reference with AUC ${latest.auc === null ? 'not computed' : latest.auc.toFixed(2)} (0.5 is a coin toss); ${formatPercent(latest.driftShare)} of columns drifted${latest.datasetDrift ? ', which counts as dataset drift' : ''}.`
    : 'No batches checked yet.';
  return (
    <LineChart
      title="Whole-batch drift scores"
      summary={summary}
      description="A classifier trained to tell reference rows from this batch scores 0.5 when it cannot; it sees changes in how columns go together that per-column checks miss. Half the columns drifted counts as dataset drift."
      xLabel="Batch"
      xUnit="day"
      xDomain={[0, batches]}
      yLabel="AUC; share of columns drifted"
      yFormat={score}
      yDomain={[0, 1]}
      references={references}
      series={series}
    />
  );
}
