// A CSV analysis as heatmap rows and cells (columns × batches) and as one sentence, for the results panel.
import type { HeatmapCell, HeatmapRow } from '../../charts';
import type { CsvAnalysis } from '../csv/analyze';
import { checkText, driftLevel } from '../view/drift-levels';

export interface CsvGrid {
  rows: HeatmapRow[];
  /** 1 … batches. */
  xs: number[];
  cells: (HeatmapCell | null)[][];
}

/** One row per dataset column; a blank cell where a batch could not test that column. */
export function csvGrid(analysis: CsvAnalysis): CsvGrid {
  return {
    rows: analysis.columns.map((column) => ({ id: column.name, label: column.name })),
    xs: analysis.batches.map((_, b) => b + 1),
    cells: analysis.columns.map((column) =>
      analysis.batches.map((batch): HeatmapCell | null => {
        const check = batch.columns.find((candidate) => candidate.column === column.name);
        return check ? { level: driftLevel(check), mark: check.drifted, text: checkText(check) } : null;
      }),
    ),
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "2,000 reference rows against 5 batches; 3 batches drifted as a dataset; most often drifted: length (5 of 5)." */
export function csvSummary(analysis: CsvAnalysis): string {
  const { batches } = analysis;
  const tested = new Set(batches.flatMap((batch) => batch.columns.map((check) => check.column)));
  const datasetDrift = batches.filter((batch) => batch.datasetDrift).length;
  const counts = analysis.columns
    .map((column) => ({ name: column.name, drifted: batches.filter((batch) => batch.columns.some((check) => check.column === column.name && check.drifted)).length }))
    .filter((column) => column.drifted > 0)
    .sort((a, b) => b.drifted - a.drifted);
  const top = counts.slice(0, 3).map((column) => `${column.name} (${column.drifted} of ${batches.length})`);
  return [
    `${plural(analysis.referenceRows, 'reference row')} against ${plural(batches.length, 'batch', 'batches')}, ${plural(tested.size, 'column')} tested`,
    `${plural(datasetDrift, 'batch', 'batches')} drifted as a dataset`,
    top.length ? `drifted most often: ${top.join(', ')}` : 'no column drifted in any batch',
  ].join('; ') + '.';
}
