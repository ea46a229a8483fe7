// The drift simulation's presets: one per scenario, plus the two traps of testing (large batches, many columns).
import { definePresets } from '../core/presets';
import { params } from './params';

export const presets = definePresets(params, {
  'no-drift': {
    label: 'No drift',
    description: 'Production mail looks exactly like the training mail, and every column gets a KS or chi-square test at α = 0.05. Each test still flags some batches, about α of them on average, and every one of those alarms is false.',
    values: { scenario: 'none', testFamily: 'tests', referenceSize: 5000, alertOn: 'any-feature' },
  },
  'covariate-drift': {
    label: 'Covariate drift',
    description: 'From batch 20 messages are half as long again. The length column is flagged on every drifted batch: its normed Wasserstein distance jumps far past 0.1 and its KS p-value to almost zero. The alert watches PSI, and the length column’s PSI reaches the act level within a batch or two of the change, with no alarm before it. The model’s accuracy barely moves: drift is not always harm.',
    values: { scenario: 'covariate', driftStrength: 0.5, driftStart: 20, alertOn: 'psi' },
  },
  'prior-shift': {
    label: 'Prior shift',
    description: 'From batch 20 spam grows from 30 % to 60 % of mail. Every column that tells spam from ham moves with it, and the confidence-based estimate follows the true accuracy.',
    values: { scenario: 'prior', driftStrength: 0.5, driftStart: 20 },
  },
  'concept-drift': {
    label: 'Concept drift',
    description: 'From batch 20 a campaign sends spam that looks exactly like ham. No input check and no confidence-based estimate can see it; the true accuracy drops, but only once the labels arrive 3 batches later.',
    values: { scenario: 'concept', driftStrength: 0.75, driftStart: 20, alertOn: 'ddm' },
  },
  seasonality: {
    label: 'Seasonality',
    description: 'Weekends bring more spam and later mail, every week, and the training data covers whole weeks. Input checks flag weekends far more often than weekdays, while the model stays as accurate as in training: a pattern, not drift.',
    values: { scenario: 'seasonality', driftStrength: 0.5, testFamily: 'tests', referenceSize: 5000, alertOn: 'any-feature' },
  },
  'broken-feature': {
    label: 'Broken upstream feature',
    description: 'From batch 20 an upstream service sends sender reputation in percent for half of the messages. The reputation column’s PSI jumps far past the act level, while the model grows more confident and its true accuracy falls.',
    values: { scenario: 'broken-feature', driftStrength: 0.5, driftStart: 20, alertOn: 'psi' },
  },
  butterfly: {
    label: 'Butterfly drift',
    description: 'From batch 20 long messages arrive late in the day and short ones early. Every column on its own looks as before, so the per-column tests stay near their false-alarm rate; the domain classifier sees the pair and its AUC rises well above 0.5.',
    values: { scenario: 'butterfly', driftStrength: 1, driftStart: 20, testFamily: 'tests', referenceSize: 5000, alertOn: 'domain-classifier' },
  },
  'large-batches': {
    label: 'Large batches',
    description: 'Messages get 5 % longer from batch 3, in batches of 20,000 against 10,000 reference rows. The KS test flags length on every drifted batch, while its normed Wasserstein distance, like every other distance, stays under 0.1: significant is not the same as important.',
    values: { scenario: 'covariate', driftStrength: 0.05, driftStart: 3, batchSize: 20_000, referenceSize: 10_000, testFamily: 'tests', batches: 10 },
  },
  'many-features': {
    label: 'Many columns',
    description: 'Twenty columns, no drift, each tested at α = 0.05: most batches flag at least one column. Turn on Bonferroni and only about one batch in twenty does.',
    values: { scenario: 'none', extraFeatures: 14, testFamily: 'tests', referenceSize: 5000, alertOn: 'any-feature', bonferroni: false },
  },
});

export type DriftPresetId = keyof typeof presets;
