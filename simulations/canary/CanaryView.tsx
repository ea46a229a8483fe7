// The canary simulation's view: traffic steps, each version's health and late quality, the judge, the blast radius and the event log.
import { useId, useMemo, useRef } from 'react';
import '../ui/sim.css';
import '../charts/charts.css';
import './canary.css';
import type { SimViewProps } from '../core/view-props';
import { useAnnounceError } from '../host/use-announce-error';
import { useAnnounceRunStart } from '../host/use-announce-run-start';
import { useNarration } from '../host/use-narration';
import { runControls, useRunLoop } from '../host/use-run-loop';
import { useSimParams } from '../host/use-sim-params';
import { DownloadRun, ParamsPanel, PlayBar, PresetPicker, ShareLink, SimShell, useAnnouncer } from '../ui';
import { createCanaryClient } from './client';
import { PARAM_GROUPS, params, UNUSED_BY } from './params';
import { presets } from './presets';
import { TICK_S } from './engine-constants';
import { DecisionLog } from './view/DecisionLog';
import { exportRows } from './view/export-rows';
import { ExportRollout } from './view/ExportRollout';
import { HarmCounters } from './view/HarmCounters';
import { HealthChart } from './view/HealthChart';
import { JudgeChart, JudgeReport } from './view/JudgeChart';
import { canaryNarrator } from './view/narration';
import { QualityChart } from './view/QualityChart';
import { TrafficChart } from './view/TrafficChart';

const ENGINE_VERSION = 1;

export default function CanaryView({ preset, lock, hide, urlState, pageUrl, headingLevel }: SimViewProps) {
  const sim = useSimParams(params, presets, { preset, urlState, pageUrl });
  const { values } = sim;
  const container = useRef<HTMLDivElement>(null);
  const logId = useId();
  // One step is 5 simulated seconds; six a second plays a 10-minute rollout in about 20 s at 1×.
  const run = useRunLoop({ makeClient: createCanaryClient, params: values, seed: values.seed, runKey: JSON.stringify(values), stepsPerSecond: 6, container });
  const snapshot = run.snapshot;
  const { announce, message } = useAnnouncer();
  useNarration(snapshot, announce, canaryNarrator);
  useAnnounceRunStart(container, 'canary', snapshot?.nowS);
  useAnnounceError(run, announce);
  const hidden = useMemo(
    () => [...new Set([...(hide ?? []), ...UNUSED_BY[values.strategy], ...(values.variant === 'broken' ? [] : (['brokenErrorRate'] as const))])],
    [hide, values.strategy, values.variant],
  );
  const SubHeading = `h${Math.min((headingLevel ?? 2) + 1, 4)}` as 'h2' | 'h3' | 'h4';
  const steps = Math.round((values.duration * 60) / TICK_S);
  const stepNow = snapshot ? Math.round(snapshot.nowS / TICK_S) : 0;
  const weights = snapshot?.weights.at(-1);

  return (
    <div
      ref={container}
      className="canary-sim"
      data-status={run.status}
      data-now={snapshot?.nowS ?? 0}
      data-phase={snapshot?.phase ?? ''}
      data-canary-weight={weights?.canary ?? ''}
      data-decided-at={snapshot?.decidedAtS ?? ''}
      data-exposed={snapshot?.exposed ?? ''}
      data-harmed={snapshot?.harmed ?? ''}
      data-tensors={snapshot?.tensors ?? ''}
    >
      <SimShell
        title="Canary deploys"
        headingLevel={headingLevel}
        description="Relay ships a new spam model, v2, while v1 serves everyone. Choose how traffic moves to v2 and what the rollout checks, then watch whether it stops a bad version, and how many users that version reaches first."
        notices={sim.notices}
        onDismissNotices={sim.dismissNotices}
        announcement={message}
        error={run.status === 'error' ? (run.error ?? 'an unknown error') : undefined}
        presets={<PresetPicker params={params} presets={presets} values={values} selected={sim.presetId} onSelect={(id) => sim.choosePreset(id)} />}
        playBar={<PlayBar {...runControls(run)} stepLabel="Next 5 seconds" progress={{ value: stepNow, max: steps, label: `${Math.floor((snapshot?.nowS ?? 0) / 60)} of ${values.duration} minutes` }} />}
        controls={<ParamsPanel params={params} values={values} onChange={sim.set} locked={lock} hidden={hidden} groups={PARAM_GROUPS} />}
        footer={
          <>
            <ShareLink buildUrl={sim.shareUrl} />
            <DownloadRun
              disabled={!snapshot || snapshot.intervals.length === 0}
              getRun={() => ({ simulation: 'canary', version: ENGINE_VERSION, params: values, seed: values.seed, trace: snapshot ? exportRows(snapshot) : [] })}
            />
            <ExportRollout values={values} />
          </>
        }
      >
        {snapshot ? (
          <div className="canary-panels">
            <HarmCounters snapshot={snapshot} />
            <TrafficChart snapshot={snapshot} />
            <HealthChart snapshot={snapshot} metric="errors" limit={1 - values.minSuccessRate} />
            <HealthChart snapshot={snapshot} metric="p99" limit={values.maxP99} />
            {values.strategy === 'kayenta' && <JudgeChart snapshot={snapshot} passScore={values.passScore} marginalScore={values.marginalScore} />}
            <QualityChart snapshot={snapshot} />
            <section className="canary-log-panel" aria-labelledby={logId}>
              <SubHeading id={logId} className="canary-subtitle">
                Rollout events
              </SubHeading>
              <DecisionLog snapshot={snapshot} headingId={logId} />
              {values.strategy === 'kayenta' && <JudgeReport snapshot={snapshot} />}
            </section>
          </div>
        ) : (
          <p className="sim-status">Training v1 and v2 on synthetic mail…</p>
        )}
      </SimShell>
    </div>
  );
}
