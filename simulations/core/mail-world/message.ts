// One synthetic email: its shape, the two "looks" (ham-like, spam-like) and how a message is written.
import type { Rng } from '../rng';
import { campaignWord, type Campaign } from './campaigns';
import type { Sender } from './population';
import { VOCABULARY, type Language } from './vocabulary';

export interface Message {
  /** Sequential from 0 in arrival order (or sample order for `sampleMessages`). */
  id: number;
  /** Arrival time in ms since the run started (0 for `sampleMessages`). */
  time: number;
  senderId: number;
  senderDomain: string;
  /** The sender's reputation in [0, 1]; spam senders score lower on average, with overlap. */
  reputation: number;
  links: number;
  /** Length of the whole message in words. */
  length: number;
  language: Language;
  /** The first min(length, MAX_WORDS) words: the part of the body the classifier reads. */
  words: readonly string[];
  /** The true label. */
  spam: boolean;
  /** Id of the campaign that sent it, or null for baseline mail. */
  campaign: string | null;
}

/** Caps the words kept per message so a day of mail stays small in memory and fast to featurize. */
export const MAX_WORDS = 32;

/** How a message reads, independent of who sent it: link count, length and word mix. */
export interface Look {
  linksMean: number;
  lengthMedian: number;
  lengthSigma: number;
  /** Probabilities of drawing each word from the common, ham-topic and spam-topic lists; sum to 1. */
  common: number;
  ham: number;
  spam: number;
}

/** Ordinary mail: few links, longer, mostly everyday words with the odd spammy one ("free lunch"). */
export const HAM_LOOK: Look = { linksMean: 0.6, lengthMedian: 90, lengthSigma: 0.7, common: 0.62, ham: 0.32, spam: 0.06 };
/** Bulk spam: more links, shorter, heavy on offer words but not free of everyday ones. */
export const SPAM_LOOK: Look = { linksMean: 2.4, lengthMedian: 45, lengthSigma: 0.8, common: 0.5, ham: 0.12, spam: 0.38 };

export interface Draft {
  time: number;
  sender: Sender;
  spam: boolean;
  look: Look;
  /** Set for messages a campaign sends; a mimicking campaign's messages are plain `look` text. */
  campaign: Campaign | null;
}

/**
 * Campaign mail: spam's links and length, but the rest of the text reads like ordinary mail
 * (campaign words are mixed in by `composeMessage`), so a filter trained before it struggles.
 */
export const CAMPAIGN_LOOK: Look = { ...HAM_LOOK, linksMean: SPAM_LOOK.linksMean, lengthMedian: SPAM_LOOK.lengthMedian, lengthSigma: SPAM_LOOK.lengthSigma };

/**
 * Writes a message: links, length and words drawn from its look, identity from its sender.
 * The id is left at -1 for the caller, who numbers messages once they are in arrival order.
 */
export function composeMessage(rng: Rng, draft: Draft): Message {
  const { sender, look, campaign } = draft;
  const links = rng.poisson(look.linksMean);
  const length = Math.max(1, Math.round(rng.lognormal(Math.log(look.lengthMedian), look.lengthSigma)));
  const vocabulary = VOCABULARY[sender.language];
  const usesCampaignWords = campaign !== null && !campaign.mimicsHam && campaign.wordShare > 0;
  const wordCount = Math.min(length, MAX_WORDS);
  const words: string[] = new Array<string>(wordCount);
  for (let i = 0; i < wordCount; i++) {
    if (usesCampaignWords && rng.next() < campaign.wordShare) {
      words[i] = campaignWord(rng, campaign, draft.time);
      continue;
    }
    const u = rng.next();
    const list = u < look.common ? vocabulary.common : u < look.common + look.ham ? vocabulary.ham : vocabulary.spam;
    words[i] = rng.pick(list);
  }
  return {
    id: -1,
    time: draft.time,
    senderId: sender.id,
    senderDomain: sender.domain,
    reputation: sender.reputation,
    links,
    length,
    language: sender.language,
    words: Object.freeze(words),
    spam: draft.spam,
    campaign: campaign?.id ?? null,
  };
}
