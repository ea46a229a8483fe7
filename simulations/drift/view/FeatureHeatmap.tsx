// Per-column drift over the batches: each cell is how far that column's check is past its threshold, rings where it drifted.
import { useMemo } from 'react';
import { Heatmap } from '../../charts';
import type { DriftSnapshot } from '../snapshot';
import { DRIFT_LEVELS, TEST_NAMES } from './drift-levels';
import { driftSpans } from './drift-spans';
import { featureGrid } from './feature-grid';

export function FeatureHeatmap({ snapshot }: { snapshot: Pick<DriftSnapshot, 'features' | 'history' | 'batches'> }) {
  const { features, history, batches } = snapshot;
  const grid = useMemo(() => featureGrid(features, history), [features, history]);
  const spans = useMemo(() => driftSpans(history), [history]);
  const latest = history.at(-1);
  const tests = [...new Set(latest?.columns.map((check) => TEST_NAMES[check.test]) ?? [])];
  const drifted = latest?.columns.filter((check) => check.drifted).map((check) => check.column) ?? [];
  const summary = latest
    ? `Batch ${latest.batch}: ${drifted.length} of ${latest.columns.length} columns drifted${drifted.length ? ` (${drifted.join(', ')})` : ''}. Over the run, ${history.filter((point) => point.driftedColumns > 0).length} of ${history.length} batches had at least one drifted column.`
    : 'No batches checked yet.';
  return (
    <Heatmap
      title="Which columns drifted, batch by batch"
      summary={summary}
      description={
        latest
          ? `Each column of this batch is compared with the reference by a ${tests.join(' or ')}. Darker cells are further past the threshold; rings mark drifted cells.`
          : 'Each batch’s columns are compared with the reference; darker cells are further past the threshold.'
      }
      rows={grid.rows}
      xs={grid.xs}
      cells={grid.cells}
      levels={DRIFT_LEVELS}
      markLabel="drifted"
      xLabel="Batch"
      xUnit="day"
      xDomain={[0.5, batches + 0.5]}
      spans={spans}
    />
  );
}
