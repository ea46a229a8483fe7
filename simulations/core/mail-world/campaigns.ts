// Spam campaigns: bursts of extra spam with new vocabulary and new senders, the source of drift.
import type { Rng } from '../rng';
import { BASE_WORDS, LANGUAGES, type Language } from './vocabulary';

export interface CampaignSpec {
  /** Shown on messages as `campaign`; unique within a world. */
  id: string;
  /** Active during [start, end), in ms since the run started. */
  start: number;
  end: number;
  /** Extra spam arrivals per hour while active, on top of the baseline; flat (bots keep no office hours). */
  extraPerHour: number;
  /** Vocabulary the baseline world never uses, so an old model has never seen it. */
  newWords: readonly string[];
  /** Reputation range of the campaign's freshly registered senders. Default [0.3, 0.6]: unknown, not yet bad. */
  senderReputation?: readonly [number, number];
  /** Size of the campaign's sender pool. Default 40. */
  senders?: number;
  /** Language of every campaign message. Default 'en'. */
  language?: Language;
  /**
   * Share of a message's words drawn from `newWords`. Default 0.4. The rest reads like ordinary
   * (ham) mail — the campaign is written to slip past a filter trained before it started.
   */
  wordShare?: number;
  /**
   * Concept drift: messages are generated exactly like baseline ham (ham-like reputation, links,
   * length and words; `newWords`, `wordShare` and `senderReputation` are ignored) but are spam.
   * Default false.
   */
  mimicsHam?: boolean;
  /**
   * When true, the campaign's wording shifts over its life: early messages use the first half of
   * `newWords`, late ones the last half, sliding in between. Default false (uniform over the list).
   */
  evolve?: boolean;
}

export type Campaign = Required<CampaignSpec>;

/** Each campaign's senders get a block of ids this big, so ids never collide. */
export const MAX_CAMPAIGN_SENDERS = 100_000;

/** Fills in defaults and checks a campaign, throwing an Error that names it and the field. */
export function resolveCampaign(spec: CampaignSpec): Campaign {
  const campaign: Campaign = {
    senderReputation: [0.3, 0.6],
    senders: 40,
    language: 'en',
    wordShare: 0.4,
    mimicsHam: false,
    evolve: false,
    ...spec,
  };
  const fail = (message: string) => {
    throw new Error(`Campaign "${campaign.id}": ${message}`);
  };
  if (!campaign.id) fail('id is empty.');
  if (!(Number.isInteger(campaign.start) && Number.isInteger(campaign.end) && campaign.start >= 0 && campaign.start < campaign.end)) {
    fail(`needs whole-millisecond times with 0 ≤ start < end, got start ${campaign.start} and end ${campaign.end}.`);
  }
  if (!(campaign.extraPerHour >= 0 && Number.isFinite(campaign.extraPerHour))) fail(`extraPerHour must be ≥ 0, got ${campaign.extraPerHour}.`);
  const [low, high] = campaign.senderReputation;
  if (!(low >= 0 && low <= high && high <= 1)) fail(`senderReputation must be [low, high] with 0 ≤ low ≤ high ≤ 1, got [${low}, ${high}].`);
  if (!(Number.isInteger(campaign.senders) && campaign.senders >= 1 && campaign.senders <= MAX_CAMPAIGN_SENDERS)) {
    fail(`senders must be a whole number from 1 to ${MAX_CAMPAIGN_SENDERS}, got ${campaign.senders}.`);
  }
  if (!LANGUAGES.includes(campaign.language)) fail(`language must be one of ${LANGUAGES.join(', ')}, got ${campaign.language}.`);
  if (!(campaign.wordShare >= 0 && campaign.wordShare <= 1)) fail(`wordShare must be in [0, 1], got ${campaign.wordShare}.`);
  if (!campaign.mimicsHam && campaign.wordShare > 0 && campaign.newWords.length === 0) fail('newWords is empty; give it words or set wordShare to 0.');
  const reused = campaign.newWords.filter((word) => BASE_WORDS.has(word));
  if (reused.length > 0) fail(`newWords must be new to the world, but ${reused.slice(0, 5).join(', ')} already appear in the baseline vocabulary.`);
  return campaign;
}

export function isActive(campaign: Campaign, time: number): boolean {
  return time >= campaign.start && time < campaign.end;
}

/** One campaign word for a message sent at `time`; with `evolve` the usable window slides along the list. */
export function campaignWord(rng: Rng, campaign: Campaign, time: number): string {
  const words = campaign.newWords;
  if (!campaign.evolve || words.length < 2) return rng.pick(words);
  const width = Math.ceil(words.length / 2);
  const progress = Math.min(1, Math.max(0, (time - campaign.start) / (campaign.end - campaign.start)));
  const first = Math.round(progress * (words.length - width));
  return words[first + rng.int(0, width - 1)]!;
}

const SYLLABLES = ['ka', 'zo', 'vex', 'lu', 'mi', 'tr', 'on', 'qu', 'ix', 'ra', 'bel', 'dor', 'fy', 'gan', 'pol', 'ser'];

/** Invents `count` distinct pronounceable words outside the baseline vocabulary, for campaign specs. */
export function inventWords(rng: Rng, count: number): string[] {
  // A few thousand syllable combinations exist; asking for most of them would loop for a long time.
  if (!(Number.isInteger(count) && count >= 0 && count <= 1000)) throw new RangeError(`inventWords makes 0 to 1000 words, got ${count}.`);
  const invented = new Set<string>();
  while (invented.size < count) {
    const length = rng.int(2, 3);
    let word = '';
    for (let i = 0; i < length; i++) word += rng.pick(SYLLABLES);
    if (!BASE_WORDS.has(word)) invented.add(word);
  }
  return [...invented];
}
