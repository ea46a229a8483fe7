// The catalogue of simulations: id → metadata, param table and presets. Node-safe (no views, no TF.js).
import type { ParamSpecs, ParamTable } from './core/params';
import type { PresetTable } from './core/presets';
import { params as classifierParams, presets as classifierPresets } from './classifier/params';

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
};

export const simulationIds: readonly string[] = Object.keys(simulations);
