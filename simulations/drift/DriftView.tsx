// The drift simulation's view: per-column drift heatmap, one column up close, accuracy with and without labels, detectors and costs.
import { useMemo, useRef } from 'react';
import '../ui/sim.css';
import '../charts/charts.css';
import './drift.css';
import type { SimViewProps } from '../core/view-props';
import { useAnnounceError } from '../host/use-announce-error';
import { useAnnounceRunStart } from '../host/use-announce-run-start';
import { runControls, useRunLoop } from '../host/use-run-loop';
import { useSimParams } from '../host/use-sim-params';
import { DownloadRun, ParamsPanel, PlayBar, PresetPicker, ShareLink, SimShell, useAnnouncer } from '../ui';
import { CsvPanel } from './byo/CsvPanel';
import { ExportSettings } from './byo/ExportSettings';
import { useCsvAnalysis } from './byo/use-csv-analysis';
import { createDriftClient } from './client';
import { featureList } from './features';
import { PARAM_GROUPS, params } from './params';
import { presets } from './presets';
import { AccuracyChart } from './view/AccuracyChart';
import { CostCounters, DetectorRecords } from './view/CostPanel';
import { DetectorTimeline } from './view/DetectorTimeline';
import { DistributionPanel } from './view/DistributionPanel';
import { exportRows } from './view/export-rows';
import { FeatureHeatmap } from './view/FeatureHeatmap';
import { lastLabelled } from './view/drift-spans';
import { ScoresChart } from './view/ScoresChart';
import { useNarration } from './view/use-narration';

const ENGINE_VERSION = 1;

/** A score for a data attribute: three decimals, or empty when there is none yet. */
const attr = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '' : value.toFixed(3));

export default function DriftView({ preset, lock, hide, urlState, pageUrl, headingLevel }: SimViewProps) {
  const sim = useSimParams(params, presets, { preset, urlState, pageUrl });
  const { values } = sim;
  const container = useRef<HTMLDivElement>(null);
  // One step is one day's batch; four a second lets a reader follow the heatmap fill in.
  const run = useRunLoop({ makeClient: createDriftClient, params: values, seed: values.seed, runKey: JSON.stringify(values), stepsPerSecond: 4, container });
  const snapshot = run.snapshot;
  const { announce, message } = useAnnouncer();
  useNarration(snapshot, announce);
  useAnnounceRunStart(container, 'drift', snapshot?.batch);
  useAnnounceError(run, announce);

  const csv = useCsvAnalysis();
  const { testFamily, alpha, bonferroni, distanceThreshold, psiWatch, psiAct } = values;
  const checkSettings = useMemo(() => ({ testFamily, alpha, bonferroni, distanceThreshold, psiWatch, psiAct }), [testFamily, alpha, bonferroni, distanceThreshold, psiWatch, psiAct]);
  const csvAnalysis = csv.state.outcome?.analysis;

  const batch = snapshot?.batch ?? 0;
  const latest = snapshot?.history.at(-1);
  const known = snapshot ? lastLabelled(snapshot.history) : null;
  const costs = snapshot?.costs;

  return (
    <div
      ref={container}
      className="drift-sim"
      data-status={run.status}
      data-batch={batch}
      data-alerts={costs?.alerts ?? 0}
      data-false-alarms={costs?.falseAlarms ?? 0}
      data-retrains={costs?.retrains ?? 0}
      data-detected-at={costs?.detectedAt ?? ''}
      data-drifted={latest?.columns.filter((c) => c.drifted).map((c) => c.column).join(' ') ?? ''}
      data-estimated={attr(latest?.estimatedAccuracy)}
      data-true={attr(known === null ? null : snapshot?.history[known - 1]?.trueAccuracy)}
      data-auc={attr(latest?.auc)}
      data-tensors={snapshot?.tensors ?? ''}
    >
      <SimShell
        title="Drift monitoring"
        headingLevel={headingLevel}
        description="Relay’s spam model in production: a batch of mail a day, every drift check on it, and labels that arrive days late. Watch which checks notice a change, which stay quiet, and what each alert costs."
        notices={sim.notices}
        onDismissNotices={sim.dismissNotices}
        announcement={message}
        error={run.status === 'error' ? (run.error ?? 'an unknown error') : undefined}
        presets={<PresetPicker params={params} presets={presets} values={values} selected={sim.presetId} onSelect={(id) => sim.choosePreset(id)} />}
        playBar={<PlayBar {...runControls(run)} stepLabel="Next batch" progress={{ value: batch, max: values.batches, label: `Batch ${batch} of ${values.batches}` }} />}
        controls={<ParamsPanel params={params} values={values} onChange={sim.set} locked={lock} hidden={hide} groups={PARAM_GROUPS} />}
        footer={
          <>
            <ShareLink buildUrl={sim.shareUrl} />
            <DownloadRun
              disabled={batch === 0}
              getRun={() => ({ simulation: 'drift', version: ENGINE_VERSION, params: values, seed: values.seed, trace: snapshot ? exportRows(snapshot) : [] })}
            />
            <ExportSettings
              values={values}
              {...(csvAnalysis
                ? { columns: csvAnalysis.columns, referenceRows: csvAnalysis.referenceRows, timeColumn: csv.state.outcome?.timeColumn, source: 'your CSV' }
                : { columns: featureList(values.extraFeatures), referenceRows: values.referenceSize, source: 'the simulation' })}
            />
          </>
        }
      >
        {snapshot ? (
          <div className="drift-panels">
            <CostCounters snapshot={snapshot} />
            <FeatureHeatmap snapshot={snapshot} />
            <AccuracyChart snapshot={snapshot} />
            <DistributionPanel snapshot={snapshot} />
            <DetectorTimeline snapshot={snapshot} alertOn={values.alertOn} withRetrains={values.policy === 'retrain'} />
            <ScoresChart snapshot={snapshot} aucThreshold={values.aucThreshold} />
            <DetectorRecords snapshot={snapshot} alertOn={values.alertOn} />
          </div>
        ) : (
          <p className="sim-status">Training the served model on the reference window…</p>
        )}
        <CsvPanel settings={checkSettings} csv={csv} headingLevel={headingLevel === 1 ? 2 : 3} />
      </SimShell>
    </div>
  );
}
