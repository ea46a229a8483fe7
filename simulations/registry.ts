// The catalogue of simulations: id → metadata, param table and presets. Node-safe (no views, no TF.js).
import type { ParamSpecs, ParamTable } from './core/params';
import type { PresetTable } from './core/presets';
import { params as canaryParams } from './canary/params';
import { presets as canaryPresets } from './canary/presets';
import { params as classifierParams, presets as classifierPresets } from './classifier/params';
import { params as driftParams } from './drift/params';
import { presets as driftPresets } from './drift/presets';
import { params as streamingParams } from './streaming/params';
import { presets as streamingPresets } from './streaming/presets';

export interface SimulationEntry {
  title: string;
  /** One sentence for cards and link previews. */
  summary: string;
  /** The question the simulation answers, shown on its page. */
  question: string;
  /** What to try, in a few sentences, shown on the simulation's own page. */
  howTo: string;
  params: ParamTable<ParamSpecs>;
  presets: PresetTable<Record<string, unknown>>;
}

/** Every simulation the site ships. Each simulation's issue adds its entry here and a view loader in views.ts. */
export const simulations: Record<string, SimulationEntry> = {
  classifier: {
    title: 'Train the spam classifier',
    summary: 'Train Relay’s spam filter on synthetic mail in your browser and watch loss, accuracy, precision, recall and the cost of each mistake move.',
    question: 'What decides how good a spam filter is, and where should its threshold sit?',
    howTo:
      'Press Play to train one epoch at a time on seeded synthetic mail. Change the class balance, label noise or learning rate and run again; move the threshold to trade precision for recall without retraining, and watch what each setting does to the cost of mistakes.',
    params: classifierParams as unknown as ParamTable<ParamSpecs>,
    presets: classifierPresets as unknown as PresetTable<Record<string, unknown>>,
  },
  streaming: {
    title: 'Batch vs. streaming',
    summary: 'Watch Relay’s mail arrive out of order on several partitions, see watermarks close windows and drop late data, and compare a model retrained nightly with one that learns as windows close.',
    question: 'What do I gain and lose by processing events as they arrive instead of in scheduled batches?',
    howTo:
      'Press Play and watch the scatter: each dot is a message, placed by when it happened (across) and when the job read it (up). The watermark line is the job’s guess of how far event time is complete; a window reports when the line passes its end, and dots read after that are late (ringed) or dropped (crossed). Pick a preset to see one lesson at a time: a straggler lost, a partition that stops the clock, a downstream sum that counts twice, a spam campaign the nightly model cannot see. Then change one setting and run again.',
    params: streamingParams as unknown as ParamTable<ParamSpecs>,
    presets: streamingPresets as unknown as PresetTable<Record<string, unknown>>,
  },
  drift: {
    title: 'Drift monitoring',
    summary: 'Run Relay’s spam model on a day of mail at a time while its inputs, its spam rate or the meaning of spam change, and see which drift checks notice, which raise false alarms, and what labels that arrive days late hide.',
    question: 'How do I know my model is getting worse in production when labels arrive late?',
    howTo:
      'Press Play: each step is one day’s batch of mail. The heatmap shows which columns look different from the training data, the accuracy chart shows what the model’s confidence suggests next to the truth, which only arrives a few days later (shaded). The dashed frame marks where the scenario really changed something; alarms outside it are false. Pick a scenario to see one lesson at a time, choose which detector raises the alert and whether an alert retrains the model, then compare the alerts, false alarms and missed errors each choice costs.',
    params: driftParams as unknown as ParamTable<ParamSpecs>,
    presets: driftPresets as unknown as PresetTable<Record<string, unknown>>,
  },
  canary: {
    title: 'Canary deploys',
    summary: 'Ship a new version of Relay’s spam model to a slice of traffic at a time, with Argo Rollouts, Flagger or a Kayenta-style judge deciding, and count the users a bad version reaches before it is rolled back.',
    question: 'How do I ship a new model version without hurting everyone if it is bad?',
    howTo:
      'Press Play: each step is 5 seconds of traffic, split between v1 and v2 by the rollout. The traffic chart shows v2’s share; the health charts show what the checks see each interval (errors and p99 latency, with their uncertainty), and the quality chart shows what the labels say once they arrive, 15 minutes late by default. The event log reads like the tool’s own. Pick a preset to see one story at a time, then change the kind of v2, the traffic or the strategy and compare the users harmed.',
    params: canaryParams as unknown as ParamTable<ParamSpecs>,
    presets: canaryPresets as unknown as PresetTable<Record<string, unknown>>,
  },
};

export const simulationIds: readonly string[] = Object.keys(simulations);
