// What a reader's CSV showed: a columns × batches drift heatmap, a batch table, and the columns that could not be tested.
import { useMemo } from 'react';
import { Heatmap } from '../../charts';
import type { CsvAnalysis } from '../csv/analyze';
import { DRIFT_LEVELS } from '../view/drift-levels';
import { csvGrid, csvSummary } from './csv-grid';

const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Axis text of a batch: "12 Jan" for a day or week that starts then (full labels do not fit under a tick), else its label. */
const tickText = (batch: { label: string; start?: number } | undefined) => (batch === undefined ? '' : batch.start === undefined ? batch.label : SHORT_DATE.format(batch.start));

const percent = (share: number) => (Number.isNaN(share) ? '–' : `${Math.round(share * 100)} %`);

export function CsvResults({ analysis }: { analysis: CsvAnalysis }) {
  const grid = useMemo(() => csvGrid(analysis), [analysis]);
  const summary = csvSummary(analysis);
  const skipped = [...new Set(analysis.batches.flatMap((batch) => batch.skipped.map((entry) => entry.reason)))];
  const labelOf = (x: number) => tickText(analysis.batches[x - 1]);
  return (
    <div className="drift-csv-results" data-batches={analysis.batches.length} data-dataset-drift={analysis.batches.filter((batch) => batch.datasetDrift).length}>
      <Heatmap
        title="Your data: which columns drifted, batch by batch"
        summary={summary}
        description="Each column of each batch is compared with the reference by the check chosen in the settings. Darker cells are further past the threshold; rings mark drifted cells."
        rows={grid.rows}
        xs={grid.xs}
        cells={grid.cells}
        levels={DRIFT_LEVELS}
        markLabel="drifted"
        xLabel="Batch"
        xDomain={[0.5, grid.xs.length + 0.5]}
        xFormat={labelOf}
      />
      <div className="drift-scroll">
        <table className="drift-table">
          <caption>Batches of your data</caption>
          <thead>
            <tr>
              <th scope="col">Batch</th>
              <th scope="col">Rows</th>
              <th scope="col">Drifted columns</th>
              <th scope="col">Share</th>
              <th scope="col">Dataset drift</th>
            </tr>
          </thead>
          <tbody>
            {analysis.batches.map((batch) => (
              <tr key={batch.label}>
                <th scope="row">{batch.label}</th>
                <td>{batch.rows.toLocaleString('en')}</td>
                <td>{batch.columns.filter((check) => check.drifted).map((check) => check.column).join(', ') || 'none'}</td>
                <td>{percent(batch.share)}</td>
                <td>{batch.datasetDrift ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {skipped.length > 0 && (
        <ul className="drift-csv-skipped sim-help" aria-label="Columns not tested">
          {skipped.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
