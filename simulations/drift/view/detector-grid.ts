// The detector timeline as data: one row per detector (and retrains), one cell per batch: quiet, warning or alarm.
import type { HeatmapCell, HeatmapRow } from '../../charts';
import { ALERT_SOURCES } from '../alerts';
import type { ErrorDetectorName } from '../error-detectors';
import type { AlertSource } from '../params';
import type { BatchPoint } from '../snapshot';
import type { Grid } from './feature-grid';
import { SOURCE_NAMES } from './source-labels';

export const TIMELINE_LEVELS: readonly string[] = ['quiet', 'warning', 'alarm'];

const STREAM: Partial<Record<AlertSource, ErrorDetectorName>> = { adwin: 'adwin', 'page-hinkley': 'pageHinkley', ddm: 'ddm' };

type TimelinePoint = Pick<BatchPoint, 'batch' | 'driftActive' | 'alarms' | 'detectors' | 'retrained'>;

/** A detector's cell: an alarm on a batch without drift is marked as false; stream detectors are blank while no labels arrive. */
export function detectorCell(source: AlertSource, point: TimelinePoint): HeatmapCell | null {
  const stream = STREAM[source];
  const reading = stream ? point.detectors[stream] : undefined;
  if (reading === null) return null;
  if (point.alarms[source]) return point.driftActive ? { level: 2, text: 'alarm' } : { level: 2, mark: true, text: 'false alarm' };
  if (reading === 'warning') return { level: 1, text: 'warning' };
  return { level: 0, text: 'quiet' };
}

/** Rows in the settings' order, the paging detector emphasised; a "Retrained" row when the policy retrains. */
export function detectorGrid(history: readonly TimelinePoint[], alertOn: AlertSource, withRetrains: boolean): Grid {
  const rows: HeatmapRow[] = ALERT_SOURCES.map((source) => ({ id: source, label: SOURCE_NAMES[source].short, emphasis: source === alertOn }));
  const cells = ALERT_SOURCES.map((source) => history.map((point) => detectorCell(source, point)));
  if (withRetrains) {
    rows.push({ id: 'retrained', label: 'Retrained', emphasis: false });
    cells.push(history.map((point) => (point.retrained ? { level: 2, text: 'retrained' } : { level: 0, text: 'no' })));
  }
  return { rows, xs: history.map((point) => point.batch), cells };
}
