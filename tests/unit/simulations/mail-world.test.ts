// The shared mail world: reproducible, realistic enough (daily cycle, overlap) and campaigns that drift.
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  FEATURE_COUNT,
  HOUR_MS,
  MAX_WORDS,
  VOCABULARY,
  LANGUAGES,
  createMailWorld,
  featureCount,
  featureNames,
  featurize,
  featurizeBatch,
  inventWords,
  sampleMessages,
  type CampaignSpec,
  type Message,
} from '../../../simulations/core/mail-world';
import { createRng } from '../../../simulations/core/rng';

const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
const spamShare = (messages: readonly Message[]) => messages.filter((m) => m.spam).length / messages.length;
const withoutId = (message: Message) => ({ ...message, id: -1 });

const campaignWords = inventWords(createRng(5), 24);
const campaign: CampaignSpec = {
  id: 'crypto-wave',
  start: DAY_MS + 8 * HOUR_MS,
  end: DAY_MS + 14 * HOUR_MS,
  extraPerHour: 400,
  newWords: campaignWords,
  senderReputation: [0.2, 0.4],
};

describe('determinism', () => {
  it('gives deep-equal messages for the same config and different ones for another seed', () => {
    const a = createMailWorld({ seed: 1 }).messagesBetween(0, 3 * HOUR_MS);
    expect(a.length).toBeGreaterThan(500);
    expect(createMailWorld({ seed: 1 }).messagesBetween(0, 3 * HOUR_MS)).toEqual(a);
    expect(createMailWorld({ seed: 2 }).messagesBetween(0, 3 * HOUR_MS)).not.toEqual(a);
    expect(sampleMessages({ seed: 1 }, 300)).toEqual(sampleMessages({ seed: 1 }, 300));
    expect(sampleMessages({ seed: 1 }, 300)).not.toEqual(sampleMessages({ seed: 2 }, 300));
    expect(sampleMessages({ seed: 1 }, 300, { stream: 'test' })).not.toEqual(sampleMessages({ seed: 1 }, 300));
  });

  it('returns the same messages however the interval is chunked or ordered', () => {
    const whole = createMailWorld({ seed: 3 }).messagesBetween(0, 2 * HOUR_MS);
    const world = createMailWorld({ seed: 3 });
    const later = world.messagesBetween(HOUR_MS + 1234, 2 * HOUR_MS);
    const earlier = world.messagesBetween(0, HOUR_MS + 1234);
    expect([...earlier, ...later]).toEqual(whole);
  });

  it('numbers messages from 0 in time order, inside the requested interval', () => {
    const messages = createMailWorld({ seed: 4 }).messagesBetween(0, 3 * HOUR_MS);
    messages.forEach((message, index) => expect(message.id).toBe(index));
    for (let i = 1; i < messages.length; i++) expect(messages[i]!.time).toBeGreaterThanOrEqual(messages[i - 1]!.time);
    const window = createMailWorld({ seed: 4 }).messagesBetween(HOUR_MS, HOUR_MS + 90_000);
    expect(window.every((m) => m.time >= HOUR_MS && m.time < HOUR_MS + 90_000)).toBe(true);
    expect(window).toEqual(messages.filter((m) => m.time >= HOUR_MS && m.time < HOUR_MS + 90_000));
  });

  it('leaves baseline mail untouched when a campaign is added', () => {
    const window = [campaign.start - HOUR_MS, campaign.start + HOUR_MS] as const;
    const plain = createMailWorld({ seed: 5 }).messagesBetween(...window);
    const withCampaign = createMailWorld({ seed: 5, campaigns: [campaign] }).messagesBetween(...window);
    expect(withCampaign.length).toBeGreaterThan(plain.length);
    expect(withCampaign.filter((m) => m.campaign === null).map(withoutId)).toEqual(plain.map(withoutId));
  });
});

describe('the baseline world', () => {
  const messages = createMailWorld({ seed: 6, arrivalsPerHour: 1000 }).messagesBetween(0, 20 * HOUR_MS);

  it('has the configured spam rate over 20k messages', () => {
    expect(messages.length).toBeGreaterThan(20_000);
    expect(Math.abs(spamShare(messages) - 0.3)).toBeLessThan(0.012);
  });

  it('gives spam lower reputation on average, with overlap', () => {
    const spam = messages.filter((m) => m.spam).map((m) => m.reputation);
    const ham = messages.filter((m) => !m.spam).map((m) => m.reputation);
    expect(mean(ham) - mean(spam)).toBeGreaterThan(0.25);
    expect(spam.filter((r) => r > 0.5).length / spam.length).toBeGreaterThan(0.15);
    expect(ham.filter((r) => r < 0.5).length / ham.length).toBeGreaterThan(0.1);
    expect([...spam, ...ham].every((r) => r >= 0 && r <= 1)).toBe(true);
  });

  it('gives spam more links and shorter messages on average', () => {
    const avg = (spam: boolean, field: 'links' | 'length') => mean(messages.filter((m) => m.spam === spam).map((m) => m[field]));
    expect(avg(true, 'links')).toBeGreaterThan(2 * avg(false, 'links'));
    expect(avg(true, 'length')).toBeLessThan(0.7 * avg(false, 'length'));
  });

  it('keeps at most MAX_WORDS words from the vocabulary of the message language', () => {
    for (const message of messages.slice(0, 500)) {
      expect(message.words.length).toBe(Math.min(message.length, MAX_WORDS));
      const vocabulary = VOCABULARY[message.language];
      const known = new Set([...vocabulary.common, ...vocabulary.ham, ...vocabulary.spam]);
      expect(message.words.every((word) => known.has(word))).toBe(true);
    }
    expect(new Set(messages.map((m) => m.language))).toEqual(new Set(LANGUAGES));
  });

  it('follows the daily cycle: the peak hour is far busier than the 4 am trough', () => {
    const days = 5;
    const byHour = new Array<number>(24).fill(0);
    for (const message of createMailWorld({ seed: 7 }).messagesBetween(0, days * DAY_MS)) byHour[Math.floor((message.time % DAY_MS) / HOUR_MS)]! += 1;
    expect(byHour[13]!).toBeGreaterThan(2.5 * byHour[4]!);
    expect(Math.max(...byHour)).toBe(Math.max(byHour[12]!, byHour[13]!, byHour[14]!));
    expect(Math.min(...byHour)).toBe(Math.min(byHour[3]!, byHour[4]!, byHour[5]!));
    // The cycle reshapes the day without changing the daily mean of 600 per hour.
    expect(Math.abs(byHour.reduce((a, b) => a + b, 0) / (days * 24) - 600) / 600).toBeLessThan(0.03);
  });

  it('is not perfectly separable: logistic regression lands around 90–95 %', () => {
    const train = sampleMessages({ seed: 8 }, 2000, { stream: 'train' });
    const test = sampleMessages({ seed: 8 }, 2000, { stream: 'test' });
    const weights = fitLogistic(train.map((m) => featurize(m)), train.map((m) => (m.spam ? 1 : 0)), 300);
    const accuracy = test.filter((m) => predict(weights, featurize(m)) === m.spam).length / test.length;
    expect(accuracy).toBeGreaterThan(0.88);
    expect(accuracy).toBeLessThan(0.97);
  });
});

describe('campaigns', () => {
  const world = createMailWorld({ seed: 9, campaigns: [campaign] });
  const between = (fromHour: number, toHour: number) => world.messagesBetween(DAY_MS + fromHour * HOUR_MS, DAY_MS + toHour * HOUR_MS);
  const before = between(2, 8);
  const during = between(8, 14);
  const after = between(14, 20);
  const newWordSet = new Set(campaignWords);
  const campaignWordShare = (messages: readonly Message[]) => {
    const all = messages.flatMap((m) => m.words);
    return all.filter((word) => newWordSet.has(word)).length / all.length;
  };

  it('raises the spam share and brings in its new words only while active', () => {
    expect(spamShare(during)).toBeGreaterThan(spamShare(before) + 0.2);
    expect(campaignWordShare(before)).toBe(0);
    expect(campaignWordShare(during)).toBeGreaterThan(0.1);
    expect(campaignWordShare(after)).toBe(0);
    expect(Math.abs(spamShare(after) - 0.3)).toBeLessThan(0.05);
    const sent = during.filter((m) => m.campaign === 'crypto-wave');
    expect(sent.length).toBeGreaterThan(6 * 400 * 0.9);
    expect(sent.every((m) => m.spam && m.language === 'en' && m.time >= campaign.start && m.time < campaign.end)).toBe(true);
    expect([...before, ...after].some((m) => m.campaign !== null)).toBe(false);
  });

  it('sends from new senders whose reputation lies in the configured range', () => {
    const sent = during.filter((m) => m.campaign === 'crypto-wave');
    expect(sent.every((m) => m.reputation >= 0.2 && m.reputation <= 0.4)).toBe(true);
    const baselineSenders = new Set(before.map((m) => m.senderId));
    expect(sent.some((m) => baselineSenders.has(m.senderId))).toBe(false);
  });

  it('shifts its wording over its life when evolve is on', () => {
    const evolving = createMailWorld({ seed: 10, campaigns: [{ ...campaign, evolve: true }] });
    const wordsIn = (fromHour: number, toHour: number) =>
      evolving.messagesBetween(DAY_MS + fromHour * HOUR_MS, DAY_MS + toHour * HOUR_MS).flatMap((m) => m.words.filter((word) => newWordSet.has(word)));
    // The 12-word window starts at the list's head and ends at its tail.
    const firstHalf = new Set(campaignWords.slice(0, 12));
    const early = wordsIn(8, 8 + 1 / 6);
    const late = wordsIn(14 - 1 / 6, 14);
    expect(early.length).toBeGreaterThan(100);
    expect(late.length).toBeGreaterThan(100);
    expect(early.every((word) => firstHalf.has(word))).toBe(true);
    expect(late.some((word) => firstHalf.has(word))).toBe(false);
  });

  it('a mimicking campaign looks like ham on every input but is spam', () => {
    const mimic = createMailWorld({ seed: 11, campaigns: [{ ...campaign, id: 'lookalike', mimicsHam: true, newWords: [] }] });
    const messages = mimic.messagesBetween(DAY_MS + 8 * HOUR_MS, DAY_MS + 14 * HOUR_MS);
    const sent = messages.filter((m) => m.campaign === 'lookalike');
    const ham = messages.filter((m) => !m.spam);
    const spam = messages.filter((m) => m.spam && m.campaign === null);
    expect(sent.length).toBeGreaterThan(2000);
    expect(sent.every((m) => m.spam)).toBe(true);
    const avg = (ms: readonly Message[], field: 'reputation' | 'links' | 'length') => mean(ms.map((m) => m[field]));
    for (const field of ['reputation', 'links', 'length'] as const) {
      const gap = Math.abs(avg(sent, field) - avg(ham, field));
      expect(gap).toBeLessThan(0.25 * Math.abs(avg(spam, field) - avg(ham, field)));
    }
  });

  it('rejects campaigns that reuse baseline words or have impossible windows', () => {
    expect(() => createMailWorld({ campaigns: [{ ...campaign, newWords: ['free', 'zorblax'] }] })).toThrow(/Campaign "crypto-wave": newWords must be new to the world, but free/);
    expect(() => createMailWorld({ campaigns: [{ ...campaign, end: campaign.start }] })).toThrow(/Campaign "crypto-wave": needs whole-millisecond times/);
    expect(() => createMailWorld({ campaigns: [campaign, campaign] })).toThrow(/two campaigns share the id "crypto-wave"/);
    expect(() => createMailWorld({ spamRate: 1.5 })).toThrow('Mail world: spamRate must be in [0, 1], got 1.5.');
  });
});

describe('sampleMessages', () => {
  it('honours the requested spam fraction exactly, rounding n × fraction half up', () => {
    const count = (n: number, spamFraction?: number) => sampleMessages({ seed: 12 }, n, spamFraction === undefined ? {} : { spamFraction }).filter((m) => m.spam).length;
    expect(count(101, 0.3)).toBe(30);
    expect(count(5, 0.5)).toBe(3);
    expect(count(1000)).toBe(300);
    expect(count(200, 0)).toBe(0);
    expect(count(200, 1)).toBe(200);
    expect(count(0, 0.5)).toBe(0);
  });

  it('mixes the classes in a seeded order with ids 0…n−1 and no campaigns', () => {
    const messages = sampleMessages({ seed: 13, campaigns: [campaign] }, 400, { spamFraction: 0.5 });
    expect(messages.map((m) => m.id)).toEqual(Array.from({ length: 400 }, (_, i) => i));
    expect(messages.slice(0, 20).some((m) => m.spam) && messages.slice(0, 20).some((m) => !m.spam)).toBe(true);
    expect(messages.every((m) => m.campaign === null && m.time === 0)).toBe(true);
  });
});

describe('featurize', () => {
  const messages = sampleMessages({ seed: 14 }, 200);

  it('returns FEATURE_COUNT finite numbers, named by featureNames', () => {
    expect(FEATURE_COUNT).toBe(64 + 3 + 5);
    expect(featureNames()).toHaveLength(FEATURE_COUNT);
    expect(featureNames().slice(62, 72)).toEqual(['word_62', 'word_63', 'reputation', 'log_links', 'log_length', 'lang_en', 'lang_es', 'lang_de', 'lang_fr', 'lang_pt']);
    for (const message of messages) {
      const vector = featurize(message);
      expect(vector).toHaveLength(FEATURE_COUNT);
      expect(vector.every(Number.isFinite)).toBe(true);
      expect(vector.slice(67).reduce((a, b) => a + b, 0)).toBe(1);
      expect(vector[64]).toBe(message.reputation);
    }
  });

  it('hashes words into the requested number of buckets as log1p counts', () => {
    const message = messages[0]!;
    const vector = featurize(message, 16);
    expect(vector).toHaveLength(featureCount(16));
    const counts = vector.slice(0, 16).map((value) => Math.round(Math.expm1(value)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(message.words.length);
    expect(() => featurize(message, 0)).toThrow(RangeError);
  });

  it('batches into one row-major Float32Array equal to the single-message vectors', () => {
    const matrix = featurizeBatch(messages.slice(0, 3));
    expect(matrix).toHaveLength(3 * FEATURE_COUNT);
    expect(Array.from(matrix.subarray(FEATURE_COUNT, 2 * FEATURE_COUNT))).toEqual(Array.from(Float32Array.from(featurize(messages[1]!))));
  });
});

// A plain batch-gradient logistic regression: enough to measure how separable the world is.
function fitLogistic(rows: number[][], labels: number[], epochs: number): number[] {
  const width = rows[0]!.length;
  const weights = new Array<number>(width + 1).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(width + 1).fill(0);
    rows.forEach((row, i) => {
      const error = 1 / (1 + Math.exp(-score(weights, row))) - labels[i]!;
      for (let j = 0; j < width; j++) gradient[j]! += error * row[j]!;
      gradient[width]! += error;
    });
    for (let j = 0; j <= width; j++) weights[j]! -= gradient[j]! / rows.length;
  }
  return weights;
}

function score(weights: readonly number[], row: readonly number[]): number {
  let z = weights[row.length]!;
  for (let j = 0; j < row.length; j++) z += weights[j]! * row[j]!;
  return z;
}

const predict = (weights: readonly number[], row: readonly number[]) => score(weights, row) > 0;
