// The world's senders: legitimate, spamming and per-campaign pools, each with a fixed reputation.
import type { Rng } from '../rng';
import { MAX_CAMPAIGN_SENDERS, type Campaign } from './campaigns';
import type { ResolvedMailWorldConfig } from './config';
import { LANGUAGES, type Language } from './vocabulary';

export interface Sender {
  id: number;
  domain: string;
  /** In [0, 1]; fixed for the sender's life. */
  reputation: number;
  /** Every message from this sender is in this language. */
  language: Language;
}

export interface Population {
  ham: readonly Sender[];
  spam: readonly Sender[];
  /** Campaign id → that campaign's new senders. */
  campaigns: ReadonlyMap<string, readonly Sender[]>;
}

/** Language shares, in LANGUAGES order: ham is more varied, spam mostly English. */
const HAM_LANGUAGE_WEIGHTS = [0.55, 0.15, 0.1, 0.1, 0.1];
const SPAM_LANGUAGE_WEIGHTS = [0.7, 0.08, 0.07, 0.07, 0.08];

const HAM_DOMAINS = ['mail.example', 'post.example', 'uni.example', 'acme.example', 'clinic.example', 'school.example', 'city.example', 'family.example'];
const SPAM_DOMAIN_WORDS = ['deal', 'promo', 'win', 'secure', 'bonus', 'offer', 'cash', 'lucky', 'prize', 'verify'];
const SPAM_TLDS = ['biz', 'top', 'xyz', 'click', 'info'];

/**
 * Reputations are logit-normal: ham centred at sigmoid(1.2) ≈ 0.77, spam at sigmoid(−0.7) ≈ 0.33,
 * both with sd 1 on the logit scale — clearly apart on average, heavily overlapping in the tails.
 */
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const hamReputation = (rng: Rng) => sigmoid(rng.normal(1.2, 1));
const spamReputation = (rng: Rng) => sigmoid(rng.normal(-0.7, 1));

const spamDomain = (rng: Rng) => `${rng.pick(SPAM_DOMAIN_WORDS)}-${rng.int(10, 999)}.${rng.pick(SPAM_TLDS)}`;

/** Campaign senders get ids from here up, one block per campaign; baseline senders stay below it. */
const CAMPAIGN_ID_BASE = 1_000_000;

export function buildPopulation(rng: Rng, config: ResolvedMailWorldConfig): Population {
  const pool = (count: number, firstId: number, make: (id: number) => Sender) => Array.from({ length: count }, (_, i) => make(firstId + i));
  const hamRng = rng.fork('ham');
  const spamRng = rng.fork('spam');
  const ham = pool(config.hamSenders, 1, (id) => ({
    id,
    domain: hamRng.pick(HAM_DOMAINS),
    reputation: hamReputation(hamRng),
    language: LANGUAGES[hamRng.categorical(HAM_LANGUAGE_WEIGHTS)]!,
  }));
  const spam = pool(config.spamSenders, config.hamSenders + 1, (id) => ({
    id,
    domain: spamDomain(spamRng),
    reputation: spamReputation(spamRng),
    language: LANGUAGES[spamRng.categorical(SPAM_LANGUAGE_WEIGHTS)]!,
  }));
  const campaigns = new Map(
    config.campaigns.map((campaign, index) => {
      const firstId = CAMPAIGN_ID_BASE + index * MAX_CAMPAIGN_SENDERS;
      return [campaign.id, campaignSenders(rng.fork(`campaign:${campaign.id}`), campaign, firstId)] as const;
    }),
  );
  return { ham, spam, campaigns };
}

function campaignSenders(rng: Rng, campaign: Campaign, firstId: number): Sender[] {
  const [low, high] = campaign.senderReputation;
  return Array.from({ length: campaign.senders }, (_, i) => ({
    id: firstId + i,
    domain: campaign.mimicsHam ? rng.pick(HAM_DOMAINS) : spamDomain(rng),
    // A mimicking campaign uses hijacked, well-reputed accounts; others use fresh, unknown ones.
    reputation: campaign.mimicsHam ? hamReputation(rng) : rng.uniform(low, high),
    language: campaign.language,
  }));
}
