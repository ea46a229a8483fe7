// The classifier simulation's view: controls, training curves, confusion matrix, precision/recall and cost by threshold.
import { useEffect, useMemo, useRef } from 'react';
import '../ui/sim.css';
import '../charts/charts.css';
import './classifier.css';
import { ConfusionMatrix, LineChart, formatPercent } from '../charts';
import type { SimViewProps } from '../core/view-props';
import { useAnnounceError } from '../host/use-announce-error';
import { announceRun } from '../host/announce-run';
import { runControls, useRunLoop } from '../host/use-run-loop';
import { useSimParams } from '../host/use-sim-params';
import { DownloadRun, ParamsPanel, PlayBar, PresetPicker, ShareLink, SimShell, useAnnouncer } from '../ui';
import { createClassifierClient } from './client';
import { params, presets, VIEW_ONLY, type ClassifierParams } from './params';
import { thresholdView } from './threshold-metrics';

const ENGINE_VERSION = 1;
const NO_COUNTS = { tp: 0, fp: 0, tn: 0, fn: 0 };

export default function ClassifierView({ preset, lock, hide, urlState, pageUrl, headingLevel }: SimViewProps) {
  const sim = useSimParams(params, presets, { preset, urlState, pageUrl });
  const { values } = sim;
  // The threshold and cost only change how results are read, so moving them keeps the trained run.
  const engineParams = useMemo(() => {
    const copy: ClassifierParams = { ...values };
    for (const name of VIEW_ONLY) (copy as Record<string, unknown>)[name] = params.defaults[name];
    return copy;
  }, [values]);
  const container = useRef<HTMLDivElement>(null);
  const run = useRunLoop({ makeClient: createClassifierClient, params: engineParams, seed: values.seed, runKey: JSON.stringify(engineParams), stepsPerSecond: 2, container });
  const snapshot = run.snapshot;
  const { announce, message } = useAnnouncer();

  const history = snapshot?.history ?? [];
  const latest = history.at(-1);
  const view = useMemo(
    () => (snapshot ? thresholdView(snapshot.byThreshold, snapshot.valScores, snapshot.valLabels, values.threshold, values.costRatio) : undefined),
    [snapshot, values.threshold, values.costRatio],
  );

  useEffect(() => {
    if (!latest || !snapshot) return;
    announce(`Epoch ${latest.epoch} of ${snapshot.epochs}: held-out accuracy ${formatPercent(latest.valAccuracy)}, loss ${latest.valLoss.toFixed(3)}.`);
    if (latest.epoch === 1) announceRun(container.current, 'classifier');
  }, [latest, snapshot, announce]);
  useAnnounceError(run, announce);

  const epochs = values.epochs;
  const flagNothing = 1 - values.spamShare;

  return (
    <div ref={container} className="classifier-sim" data-status={run.status} data-epoch={latest?.epoch ?? 0} data-tensors={snapshot?.tensors ?? ''}>
      <SimShell
        title="Train the spam classifier"
        headingLevel={headingLevel}
        description="Relay’s spam filter, trained in your browser on seeded synthetic mail. Each step is one pass over the training set."
        notices={sim.notices}
        onDismissNotices={sim.dismissNotices}
        announcement={message}
        error={run.status === 'error' ? (run.error ?? 'an unknown error') : undefined}
        presets={<PresetPicker params={params} presets={presets} values={values} selected={sim.presetId} onSelect={(id) => sim.choosePreset(id)} />}
        playBar={
          <PlayBar
            {...runControls(run)}
            stepLabel="Train one epoch"
            progress={{ value: latest?.epoch ?? 0, max: epochs, label: `Epoch ${latest?.epoch ?? 0} of ${epochs}` }}
          />
        }
        controls={<ParamsPanel params={params} values={values} onChange={sim.set} locked={lock} hidden={hide} />}
        footer={
          <>
            <ShareLink buildUrl={sim.shareUrl} />
            <DownloadRun
              disabled={history.length === 0}
              getRun={() => ({ simulation: 'classifier', version: ENGINE_VERSION, params: values, seed: values.seed, trace: history.map((h) => ({ ...h })) })}
            />
          </>
        }
      >
        <div className="classifier-charts">
          <LineChart
            title="Loss while training"
            summary={latest ? `After ${latest.epoch} epochs the training loss is ${latest.loss.toFixed(3)} and the held-out loss ${latest.valLoss.toFixed(3)}.` : 'No epochs trained yet.'}
            xLabel="Epoch"
            yLabel="Cross-entropy loss"
            xDomain={[0, epochs]}
            yIncludesZero
            series={[
              { id: 'train-loss', label: 'Training', colour: 'viz-1', points: history.map((h) => ({ x: h.epoch, y: h.loss })) },
              { id: 'val-loss', label: 'Held-out', colour: 'viz-2', dashed: true, points: history.map((h) => ({ x: h.epoch, y: h.valLoss })) },
            ]}
          />
          <LineChart
            title="Accuracy"
            summary={latest ? `Held-out accuracy is ${formatPercent(latest.valAccuracy)}; flagging nothing would score ${formatPercent(flagNothing)}.` : 'No epochs trained yet.'}
            xLabel="Epoch"
            yLabel="Accuracy"
            yUnit="%"
            yFormat={(v) => `${Math.round(v * 100)}`}
            xDomain={[0, epochs]}
            yDomain={[Math.min(0.5, flagNothing - 0.05), 1]}
            references={[{ y: flagNothing, label: `flag nothing: ${formatPercent(flagNothing)}` }]}
            series={[
              { id: 'train-acc', label: 'Training', colour: 'viz-1', points: history.map((h) => ({ x: h.epoch, y: h.accuracy })) },
              { id: 'val-acc', label: 'Held-out', colour: 'viz-2', dashed: true, points: history.map((h) => ({ x: h.epoch, y: h.valAccuracy })) },
            ]}
          />
          {/* Drawn from the start (empty until the first epoch) so training never waits on mounting charts. */}
          <>
              <ConfusionMatrix title={`Held-out mail at threshold ${values.threshold.toFixed(2)}`} counts={view?.confusion ?? NO_COUNTS} />
              <LineChart
                title="Precision and recall by threshold"
                summary={view ? `At threshold ${values.threshold.toFixed(2)}, ${view.confusion.tp} of ${view.confusion.tp + view.confusion.fn} spam messages are caught and ${view.confusion.fp} legitimate ones are flagged.` : 'Train an epoch to see precision and recall.'}
                xLabel="Threshold"
                yLabel="Share"
                yUnit="%"
                yFormat={(v) => `${Math.round(v * 100)}`}
                xDomain={[0, 1]}
                yDomain={[0, 1]}
                markers={[{ x: values.threshold, label: 'your threshold' }]}
                series={[
                  { id: 'precision', label: 'Precision', colour: 'viz-3', points: (view?.precisionRecall ?? []).map((p) => ({ x: p.threshold, y: p.precision })) },
                  { id: 'recall', label: 'Recall', colour: 'viz-4', dashed: true, points: (view?.precisionRecall ?? []).map((p) => ({ x: p.threshold, y: p.recall })) },
                ]}
              />
              <LineChart
                title="Cost of mistakes by threshold"
                summary={view ? `With a lost message costing ${values.costRatio} missed spams, the cheapest threshold is ${view.cheapest.threshold.toFixed(2)} at ${Math.round(view.cheapest.cost)} units per 1,000 messages.` : 'Train an epoch to see the cost of each threshold.'}
                xLabel="Threshold"
                yLabel="Cost per 1,000 messages"
                xDomain={[0, 1]}
                yIncludesZero
                markers={[{ x: values.threshold, label: 'your threshold' }, ...(view ? [{ x: view.cheapest.threshold, label: 'cheapest' }] : [])]}
                series={[{ id: 'cost', label: `Cost (lost message = ${values.costRatio})`, colour: 'viz-2', points: (view?.costCurve ?? []).map((c) => ({ x: c.threshold, y: c.cost })) }]}
              />
          </>
        </div>
      </SimShell>
    </div>
  );
}
