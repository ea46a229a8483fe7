// Drift scenarios of the Relay data generator: what changes, and from when, in a generated dataset.
import { createRng } from '../core/rng';
import { inventWords, type CampaignSpec } from '../core/mail-world';
import type { DriftScenario } from './options';

/** Drift starts this far into the date range, so a time split puts it in the later periods. */
export const DRIFT_AT = 0.6;

/** Extra mail a scenario's campaign adds while it runs, as a share of the baseline rate. */
export const EXTRA_SHARE: Readonly<Record<DriftScenario, number>> = { none: 0, 'new-campaign': 0.25, mimicry: 0.15, 'label-delay': 0 };

export interface ScenarioPlan {
  /** Campaigns handed to the mail world. */
  campaigns: CampaignSpec[];
  /** Multiplies the delay of report_spam and move_to_inbox events on messages received at `time`. */
  labelDelayFactor(time: number): number;
}

/**
 * `span` is the date range in ms and `baselinePerHour` the world's mean rate. Campaigns run from
 * DRIFT_AT to well past the end of the range, because the generator may run slightly past it.
 */
export function planScenario(drift: DriftScenario, seed: number, span: number, baselinePerHour: number): ScenarioPlan {
  const start = Math.round(span * DRIFT_AT);
  const end = span * 2 + 1;
  const steady: ScenarioPlan = { campaigns: [], labelDelayFactor: () => 1 };
  switch (drift) {
    case 'none':
      return steady;
    case 'new-campaign':
      return {
        ...steady,
        campaigns: [
          { id: 'new-campaign', start, end, extraPerHour: EXTRA_SHARE['new-campaign'] * baselinePerHour, newWords: inventWords(createRng(seed).fork('relay-data:words'), 24), wordShare: 0.45, senders: 120 },
        ],
      };
    case 'mimicry':
      return { ...steady, campaigns: [{ id: 'mimicry', start, end, extraPerHour: EXTRA_SHARE.mimicry * baselinePerHour, newWords: [], mimicsHam: true, senders: 120 }] };
    case 'label-delay':
      return { ...steady, labelDelayFactor: (time) => (time >= start ? 6 : 1) };
  }
}
