// The mail world: seeded arrivals on a daily cycle plus campaign bursts, and fixed-size samples.
import { createRng, type Rng } from '../rng';
import type { Campaign } from './campaigns';
import { resolveMailWorldConfig, type MailWorldConfig, type ResolvedMailWorldConfig } from './config';
import { HOUR_MS, MINUTE_MS, dailyShape } from './daily-cycle';
import { CAMPAIGN_LOOK, HAM_LOOK, SPAM_LOOK, composeMessage, type Message } from './message';
import { buildPopulation, type Population } from './population';

export interface SampleOptions {
  /** Exact share of spam: round(n × spamFraction) messages are spam (halves round up). Default: the world's spamRate. */
  spamFraction?: number;
  /** Name of an independent sample stream; use different names for train and test sets. Default 'sample'. */
  stream?: string;
}

export interface ExpectedRate {
  /** Expected arrivals per hour at an instant: baseline ham, baseline spam and campaign spam. */
  ham: number;
  spam: number;
  campaign: number;
}

export interface MailWorld {
  readonly config: ResolvedMailWorldConfig;
  /**
   * Messages arriving in [t0, t1) (ms since run start), in time order, ids counting from the run's
   * first message. Calls may come in any order or chunking: the same interval always returns the
   * same messages. Messages are frozen and may be shared between calls.
   */
  messagesBetween(t0: number, t1: number): Message[];
  expectedRate(time: number): ExpectedRate;
  /** A fixed-size baseline (campaign-free) sample, independent of the arrival clock; times are 0. */
  sample(n: number, options?: SampleOptions): Message[];
}

/** Arrivals are generated per minute: a Poisson count at the minute's rate, times uniform within it. */
const BUCKET_MS = MINUTE_MS;
const CACHED_BUCKETS = 4;

/**
 * Each minute of baseline mail, and each campaign's share of each minute, draws from its own
 * forked stream. So any minute can be generated on its own, and adding a campaign leaves every
 * baseline message exactly as it was (only ids shift).
 */
export function createMailWorld(input: Partial<MailWorldConfig> = {}): MailWorld {
  const config = resolveMailWorldConfig(input);
  const root = createRng(config.seed);
  const population = buildPopulation(root.fork('senders'), config);
  const arrivalsRng = root.fork('arrivals');
  const baselinePerHour = (time: number) => config.arrivalsPerHour * (1 + config.dailyAmplitude * dailyShape(config, time));

  const overlap = (campaign: Campaign, from: number) => [Math.max(from, campaign.start), Math.min(from + BUCKET_MS, campaign.end)] as const;

  /** The streams of bucket `b`, each with its count already drawn. */
  const plan = (bucket: number) => {
    const from = bucket * BUCKET_MS;
    const baseRng = arrivalsRng.fork(`minute:${bucket}`);
    const expected = baselinePerHour(from + BUCKET_MS / 2) * (BUCKET_MS / HOUR_MS);
    const base = { rng: baseRng, from, to: from + BUCKET_MS, campaign: null, count: baseRng.poisson(expected) };
    const bursts = config.campaigns.flatMap((campaign) => {
      const [start, end] = overlap(campaign, from);
      if (end <= start) return [];
      const rng = arrivalsRng.fork(`minute:${bucket}:campaign:${campaign.id}`);
      return [{ rng, from: start, to: end, campaign, count: rng.poisson(campaign.extraPerHour * ((end - start) / HOUR_MS)) }];
    });
    return [base, ...bursts];
  };

  // firstIds[b] is the id of bucket b's first message; extended on demand from counts alone.
  const firstIds = [0];
  const firstIdOf = (bucket: number) => {
    while (firstIds.length <= bucket) {
      const previous = firstIds.length - 1;
      firstIds.push(firstIds[previous]! + plan(previous).reduce((sum, stream) => sum + stream.count, 0));
    }
    return firstIds[bucket]!;
  };

  const cache = new Map<number, readonly Message[]>();
  const bucketMessages = (bucket: number): readonly Message[] => {
    const cached = cache.get(bucket);
    if (cached) return cached;
    const arrivals: Message[] = [];
    for (const stream of plan(bucket)) {
      const { rng, campaign } = stream;
      const times = Array.from({ length: stream.count }, () => Math.floor(stream.from + rng.next() * (stream.to - stream.from)));
      for (const time of times.sort((a, b) => a - b)) {
        const draft = campaign ? campaignDraft(rng, population, campaign, time) : baselineDraft(rng, population, config, time, rng.bernoulli(config.spamRate));
        arrivals.push(composeMessage(rng, draft));
      }
    }
    // Stable sort: ties keep baseline before campaigns, in campaign order.
    arrivals.sort((a, b) => a.time - b.time);
    const firstId = firstIdOf(bucket);
    const messages = arrivals.map((message, index) => Object.freeze({ ...message, id: firstId + index }));
    if (cache.size >= CACHED_BUCKETS) cache.delete(cache.keys().next().value!);
    cache.set(bucket, messages);
    return messages;
  };

  return {
    config,
    messagesBetween(t0, t1) {
      if (!(Number.isFinite(t0) && Number.isFinite(t1))) throw new RangeError(`messagesBetween needs finite times, got ${t0} and ${t1}.`);
      const from = Math.max(0, t0);
      if (t1 <= from) return [];
      const result: Message[] = [];
      for (let bucket = Math.floor(from / BUCKET_MS); bucket * BUCKET_MS < t1; bucket++) {
        for (const message of bucketMessages(bucket)) if (message.time >= from && message.time < t1) result.push(message);
      }
      return result;
    },
    expectedRate(time) {
      const baseline = baselinePerHour(time);
      const campaign = config.campaigns.reduce((sum, c) => sum + (time >= c.start && time < c.end ? c.extraPerHour : 0), 0);
      return { ham: baseline * (1 - config.spamRate), spam: baseline * config.spamRate, campaign };
    },
    sample(n, options = {}) {
      const fraction = options.spamFraction ?? config.spamRate;
      if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`sample size must be a whole number ≥ 0, got ${n}.`);
      if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`spamFraction must be in [0, 1], got ${fraction}.`);
      const rng = root.fork(`sample:${options.stream ?? 'sample'}`);
      const spamCount = Math.round(n * fraction);
      const labels = rng.shuffle(Array.from({ length: n }, (_, i) => i < spamCount));
      return labels.map((spam, id) => Object.freeze({ ...composeMessage(rng, baselineDraft(rng, population, config, 0, spam)), id }));
    },
  };
}

/** `createMailWorld(config).sample(n, options)`: a training or test set of exact size and balance. */
export function sampleMessages(config: Partial<MailWorldConfig>, n: number, options: SampleOptions = {}): Message[] {
  return createMailWorld(config).sample(n, options);
}

function baselineDraft(rng: Rng, population: Population, config: ResolvedMailWorldConfig, time: number, spam: boolean) {
  const sender = rng.pick(spam ? population.spam : population.ham);
  // The look may contradict the label (disguised spam, promotional ham): the world's built-in ambiguity.
  const look = spam ? (rng.bernoulli(config.disguisedSpamShare) ? HAM_LOOK : SPAM_LOOK) : rng.bernoulli(config.promotionalHamShare) ? SPAM_LOOK : HAM_LOOK;
  return { time, sender, spam, look, campaign: null };
}

function campaignDraft(rng: Rng, population: Population, campaign: Campaign, time: number) {
  const sender = rng.pick(population.campaigns.get(campaign.id)!);
  return { time, sender, spam: true, look: campaign.mimicsHam ? HAM_LOOK : CAMPAIGN_LOOK, campaign };
}
