// The per-column drift heatmap as data: one row per monitored column, one cell per batch, level by how far past its threshold.
import type { HeatmapCell, HeatmapRow } from '../../charts';
import type { FeatureInfo } from '../features';
import type { BatchPoint } from '../snapshot';
import { checkText, driftLevel } from './drift-levels';

export interface Grid {
  rows: HeatmapRow[];
  xs: number[];
  /** cells[row][column]. */
  cells: (HeatmapCell | null)[][];
}

export function featureGrid(features: readonly FeatureInfo[], history: readonly Pick<BatchPoint, 'batch' | 'columns'>[]): Grid {
  return {
    rows: features.map((feature) => ({ id: feature.name, label: feature.name })),
    xs: history.map((point) => point.batch),
    cells: features.map((_, c) =>
      history.map((point): HeatmapCell | null => {
        const check = point.columns[c];
        return check ? { level: driftLevel(check), mark: check.drifted, text: checkText(check) } : null;
      }),
    ),
  };
}
