// The streaming simulation's view: event-time scatter, partition lanes, window results and model freshness.
import { useRef } from 'react';
import '../ui/sim.css';
import '../charts/charts.css';
import './streaming.css';
import type { SimViewProps } from '../core/view-props';
import { useAnnounceError } from '../host/use-announce-error';
import { useAnnounceRunStart } from '../host/use-announce-run-start';
import { runControls, useRunLoop } from '../host/use-run-loop';
import { useSimParams } from '../host/use-sim-params';
import { DownloadRun, ParamsPanel, PlayBar, PresetPicker, ShareLink, SimShell, useAnnouncer } from '../ui';
import { createStreamingClient } from './client';
import { PARAM_GROUPS, params } from './params';
import { presets } from './presets';
import { EventTimeChart } from './view/EventTimeChart';
import { FreshnessPanel } from './view/FreshnessPanel';
import { PartitionLanes } from './view/PartitionLanes';
import { formatClock } from './view/run-clock';
import { useNarration } from './view/use-narration';
import { WindowTable } from './view/WindowTable';
import { exportRows } from './view/export-rows';

const ENGINE_VERSION = 1;

export default function StreamingView({ preset, lock, hide, urlState, pageUrl, headingLevel }: SimViewProps) {
  const sim = useSimParams(params, presets, { preset, urlState, pageUrl });
  const { values } = sim;
  const container = useRef<HTMLDivElement>(null);
  const run = useRunLoop({ makeClient: createStreamingClient, params: values, seed: values.seed, runKey: JSON.stringify(values), stepsPerSecond: 10, container });
  const snapshot = run.snapshot;
  const { announce, message } = useAnnouncer();
  useNarration(snapshot, announce);
  useAnnounceRunStart(container, 'streaming', snapshot?.now);
  useAnnounceError(run, announce);

  const duration = values.duration * 60_000;
  const now = snapshot?.now ?? 0;
  const totals = snapshot?.totals;
  const modelsFirst = hide?.includes('watermark') ?? false;
  const freshness = snapshot && <FreshnessPanel freshness={snapshot.freshness} now={snapshot.now} duration={snapshot.duration} />;

  return (
    <div
      ref={container}
      className="streaming-sim"
      data-status={run.status}
      data-now={now}
      data-watermark={snapshot?.watermark ?? ''}
      data-late={totals?.late ?? 0}
      data-dropped={totals?.dropped ?? 0}
      data-counted={totals?.countedTotal ?? 0}
      data-downstream-sum={totals?.downstreamSum ?? 0}
      data-disagreements={totals?.disagreements ?? 0}
      data-tensors={snapshot?.tensors ?? ''}
    >
      <SimShell
        title="Batch vs. streaming"
        headingLevel={headingLevel}
        description="Relay’s mail as a stream: messages arrive late and out of order on several partitions, a streaming job counts them in event-time windows, a batch job counts them on a schedule, and two spam models learn at each one’s pace."
        notices={sim.notices}
        onDismissNotices={sim.dismissNotices}
        announcement={message}
        error={run.status === 'error' ? (run.error ?? 'an unknown error') : undefined}
        presets={<PresetPicker params={params} presets={presets} values={values} selected={sim.presetId} onSelect={(id) => sim.choosePreset(id)} />}
        playBar={
          <PlayBar
            {...runControls(run)}
            stepLabel="Advance one step"
            progress={{ value: now, max: duration, label: `${formatClock(now)} of ${formatClock(duration)}` }}
          />
        }
        controls={<ParamsPanel params={params} values={values} onChange={sim.set} locked={lock} hidden={hide} groups={PARAM_GROUPS} />}
        footer={
          <>
            <ShareLink buildUrl={sim.shareUrl} />
            <DownloadRun
              disabled={!snapshot || now === 0}
              getRun={() => ({
                simulation: 'streaming',
                version: ENGINE_VERSION,
                params: values,
                seed: values.seed,
                trace: snapshot ? exportRows(snapshot) : [],
              })}
            />
          </>
        }
      >
        {snapshot ? (
          <div className="streaming-panels">
            {/* A lesson that hides the watermark settings is about the models: their panel comes first. */}
            {modelsFirst && freshness}
            <EventTimeChart snapshot={snapshot} />
            <PartitionLanes partitions={snapshot.partitions} from={snapshot.viewFrom} to={Math.max(snapshot.now, snapshot.viewFrom + 60_000)} watermark={snapshot.watermark} />
            <WindowTable windows={snapshot.windows} totals={snapshot.totals} />
            {!modelsFirst && freshness}
          </div>
        ) : (
          <p className="sim-status">Loading the pipeline and the models…</p>
        )}
      </SimShell>
    </div>
  );
}
