// The mail world's knobs, their defaults and their checks.
import { MAX_SEED } from '../rng';
import { resolveCampaign, type Campaign, type CampaignSpec } from './campaigns';

export interface MailWorldConfig {
  /** Seed of the whole world; an integer in [1, 2^31 - 1]. Default 42. */
  seed: number;
  /** Share of spam among baseline (non-campaign) arrivals and the default of `sampleMessages`. Default 0.3. */
  spamRate: number;
  /** Baseline arrivals per hour averaged over a day (campaigns add to it). Default 600. */
  arrivalsPerHour: number;
  /** Relative swing of the daily cycle: peak rate = (1 + a) × mean, trough = (1 − a) × mean. Default 0.6. */
  dailyAmplitude: number;
  /** Hour of day (0–24) of the busiest arrivals. Default 13. */
  peakHour: number;
  /** Hour of day (0–24) of the quietest arrivals. Default 4. */
  troughHour: number;
  /** Hour of day at time 0 of the run. Default 0 (midnight). */
  startHour: number;
  /** Number of legitimate senders in the population. Default 2000. */
  hamSenders: number;
  /** Number of baseline spam senders. Default 600. */
  spamSenders: number;
  /**
   * Share of baseline spam written to look like ham (ham words, links and length; only the
   * sender's reputation gives it away). Keeps the classes from being separable. Default 0.06.
   */
  disguisedSpamShare: number;
  /** Share of ham that reads like spam (newsletters, promotions the user signed up for). Default 0.06. */
  promotionalHamShare: number;
  /** Spam campaigns, each active in its own time window. Default none. */
  campaigns: readonly CampaignSpec[];
}

export interface ResolvedMailWorldConfig extends Omit<MailWorldConfig, 'campaigns'> {
  campaigns: readonly Campaign[];
}

export const DEFAULT_MAIL_WORLD_CONFIG: Readonly<MailWorldConfig> = Object.freeze({
  seed: 42,
  spamRate: 0.3,
  arrivalsPerHour: 600,
  dailyAmplitude: 0.6,
  peakHour: 13,
  troughHour: 4,
  startHour: 0,
  hamSenders: 2000,
  spamSenders: 600,
  disguisedSpamShare: 0.06,
  promotionalHamShare: 0.06,
  campaigns: [],
});

/** Fills in defaults and checks every field, throwing an Error that names the field and the fix. */
export function resolveMailWorldConfig(config: Partial<MailWorldConfig> = {}): ResolvedMailWorldConfig {
  const merged = { ...DEFAULT_MAIL_WORLD_CONFIG, ...config };
  const check = (ok: boolean, field: keyof MailWorldConfig, rule: string) => {
    if (!ok) throw new RangeError(`Mail world: ${field} ${rule}, got ${String(merged[field])}.`);
  };
  const inUnit = (x: number) => x >= 0 && x <= 1;
  const isHour = (x: number) => x >= 0 && x < 24;
  check(Number.isInteger(merged.seed) && merged.seed >= 1 && merged.seed <= MAX_SEED, 'seed', `must be an integer from 1 to ${MAX_SEED}`);
  check(inUnit(merged.spamRate), 'spamRate', 'must be in [0, 1]');
  check(merged.arrivalsPerHour >= 0 && Number.isFinite(merged.arrivalsPerHour), 'arrivalsPerHour', 'must be a finite number ≥ 0');
  check(inUnit(merged.dailyAmplitude), 'dailyAmplitude', 'must be in [0, 1]');
  check(isHour(merged.peakHour), 'peakHour', 'must be in [0, 24)');
  check(isHour(merged.troughHour) && merged.troughHour !== merged.peakHour, 'troughHour', 'must be in [0, 24) and differ from peakHour');
  check(isHour(merged.startHour), 'startHour', 'must be in [0, 24)');
  // The cap keeps baseline sender ids below the campaign senders' id blocks.
  const isPoolSize = (x: number) => Number.isInteger(x) && x >= 1 && x <= 100_000;
  check(isPoolSize(merged.hamSenders), 'hamSenders', 'must be a whole number from 1 to 100000');
  check(isPoolSize(merged.spamSenders), 'spamSenders', 'must be a whole number from 1 to 100000');
  check(inUnit(merged.disguisedSpamShare), 'disguisedSpamShare', 'must be in [0, 1]');
  check(inUnit(merged.promotionalHamShare), 'promotionalHamShare', 'must be in [0, 1]');
  const campaigns = merged.campaigns.map(resolveCampaign);
  const ids = campaigns.map((campaign) => campaign.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) throw new Error(`Mail world: two campaigns share the id "${duplicate}".`);
  return { ...merged, campaigns };
}
