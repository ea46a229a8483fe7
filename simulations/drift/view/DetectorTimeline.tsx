// Every detector side by side over the batches: alarms, warnings and false alarms against the true drift window.
import { useMemo } from 'react';
import { Heatmap } from '../../charts';
import type { AlertSource } from '../params';
import type { DriftSnapshot } from '../snapshot';
import { detectorGrid, TIMELINE_LEVELS } from './detector-grid';
import { driftSpans } from './drift-spans';
import { SOURCE_NAMES } from './source-labels';

export interface DetectorTimelineProps {
  snapshot: Pick<DriftSnapshot, 'history' | 'batches' | 'detectorRecords'>;
  alertOn: AlertSource;
  withRetrains: boolean;
}

export function DetectorTimeline({ snapshot, alertOn, withRetrains }: DetectorTimelineProps) {
  const { history, batches } = snapshot;
  const grid = useMemo(() => detectorGrid(history, alertOn, withRetrains), [history, alertOn, withRetrains]);
  const spans = useMemo(() => driftSpans(history), [history]);
  const record = snapshot.detectorRecords[alertOn];
  const name = SOURCE_NAMES[alertOn].long;
  const summary = history.length
    ? `${name} raises the alert: ${record.alarms} alarms so far, ${record.falseAlarms} of them on batches without drift${record.firstDriftAlarm === null ? '' : `; it first caught the drift at batch ${record.firstDriftAlarm}`}.`
    : 'No batches checked yet.';
  return (
    <Heatmap
      title="Detector alarms over time"
      summary={summary}
      description={`The detector in bold (${SOURCE_NAMES[alertOn].short}) raises the alert. Error-stream detectors (ADWIN, Page-Hinkley, DDM) hear a batch only when its labels arrive; their cells stay blank until then. Ringed cells are false alarms.`}
      rows={grid.rows}
      xs={grid.xs}
      cells={grid.cells}
      levels={TIMELINE_LEVELS}
      markLabel="false alarm (no drift)"
      colour="viz-2"
      xLabel="Batch"
      xUnit="day"
      xDomain={[0.5, batches + 0.5]}
      spans={spans}
    />
  );
}
