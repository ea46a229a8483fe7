// The mail the canary sim serves and the mail each version learned from: a production pool during a spam campaign, and two training sets.
import { createMailWorld, featureCount, featurizeBatch, HOUR_MS, inventWords, type Language, type Message } from '../core/mail-world';
import { createRng } from '../core/rng';

/** Features per message: 64 hashed word buckets, 3 numerics, 5 language slots. */
export const WIDTH = featureCount();
/** The first WIDTH_WORDS columns are the word buckets a tokenizer bug can empty. */
export const WORD_COLUMNS = 64;

export interface MailSet {
  messages: readonly Message[];
  /** Row-major raw features, WIDTH per message. */
  x: Float32Array;
  /** 1 = spam. */
  y: Uint8Array;
}

export interface CanaryMail {
  /** Production mail requests are drawn from: baseline mail plus a running campaign. */
  production: MailSet;
  /** Mail from before the campaign: what v1 was trained on. */
  before: MailSet;
  /** Labelled mail from the campaign's first hours: what a retrained v2 adds. */
  campaign: MailSet;
}

const POOL_HOURS = 6;
/** Hours of labelled campaign mail the retrained v2 learns from (about 2,400 messages). */
const CAMPAIGN_TRAINING_HOURS = 3;

function mailSet(messages: readonly Message[]): MailSet {
  return { messages, x: featurizeBatch(messages), y: Uint8Array.from(messages, (message) => (message.spam ? 1 : 0)) };
}

/**
 * One seeded world with a campaign of new vocabulary running for a day. Production is its first
 * six hours; the campaign training set the three after (the labels a team would have gathered while
 * building v2); v1's training set is a campaign-free sample of the same world.
 */
export function buildCanaryMail(seed: number, trainingSize = 2000): CanaryMail {
  const rng = createRng(seed);
  const world = createMailWorld({
    seed: rng.fork('world').int(1, 2 ** 31 - 1),
    campaigns: [{ id: 'invoice-wave', start: 0, end: 24 * HOUR_MS, extraPerHour: 200, newWords: inventWords(rng.fork('campaign-words'), 24), wordShare: 0.5 }],
  });
  return {
    production: mailSet(world.messagesBetween(0, POOL_HOURS * HOUR_MS)),
    before: mailSet(world.sample(trainingSize, { stream: 'v1-training' })),
    campaign: mailSet(world.messagesBetween(POOL_HOURS * HOUR_MS, (POOL_HOURS + CAMPAIGN_TRAINING_HOURS) * HOUR_MS)),
  };
}

/** The language of each production message, for per-segment quality. */
export const languageOf = (mail: MailSet, index: number): Language => mail.messages[index]!.language;

/** Column of the sender-reputation feature, right after the word buckets. */
export const REPUTATION_COLUMN = WORD_COLUMNS;

/**
 * A copy of `x` as a buggy serving path sees `language` rows: the reputation lookup misses their
 * senders and fills in 0, the value of a sender nobody trusts.
 */
export function missingReputation(set: MailSet, language: Language): Float32Array {
  const x = set.x.slice();
  set.messages.forEach((message, row) => {
    if (message.language === language) x[row * WIDTH + REPUTATION_COLUMN] = 0;
  });
  return x;
}
