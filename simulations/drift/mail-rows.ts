// Rows of monitored features drawn from the shared mail world, with one batch's scenario conditions applied.
import { LANGUAGES, VOCABULARY, type Language, type MailWorld, type Message } from '../core/mail-world';
import type { Rng } from '../core/rng';
import { COLUMN, MAIL_NUMERIC_COUNT, type Rows } from './features';
import { hourSampler } from './hour-of-day';
import { pairByRank } from './rank-pairing';
import type { BatchConditions } from './scenario-conditions';

const SPAM_WORDS: ReadonlyMap<Language, ReadonlySet<string>> = new Map(LANGUAGES.map((language) => [language, new Set(VOCABULARY[language].spam)]));

/** An upstream that reports reputation in percent sends 100 × the true value. */
export const PERCENT = 100;

/** Share of a message's words (the part the filter reads) that come from its language's spam-topic list. */
export function spamWordShare(message: Message): number {
  if (message.words.length === 0) return 0;
  const list = SPAM_WORDS.get(message.language)!;
  let count = 0;
  for (const word of message.words) if (list.has(word)) count += 1;
  return count / message.words.length;
}

/**
 * `n` rows under `conditions`, all randomness from `rng` (one forked child per purpose, so
 * switching one effect on leaves every other draw as it was: a drifted batch and its no-drift
 * twin share their messages). The label count is binomial, so rows are i.i.d. as a test assumes.
 */
export function drawRows(world: MailWorld, rng: Rng, stream: string, n: number, conditions: BatchConditions, extras: number): Rows {
  const labelRng = rng.fork('labels');
  let spamCount = 0;
  for (let i = 0; i < n; i++) if (labelRng.bernoulli(conditions.spamShare)) spamCount += 1;
  const messages = n === 0 ? [] : world.sample(n, { spamFraction: spamCount / n, stream });

  const numeric = Array.from({ length: MAIL_NUMERIC_COUNT + extras }, () => new Float64Array(n));
  const spam = new Uint8Array(n);
  const language: Language[] = new Array<Language>(n);
  const drawHour = hourSampler(conditions.peakHour);
  const hourRng = rng.fork('hour');
  messages.forEach((message, i) => {
    numeric[COLUMN.length]![i] = Math.max(1, Math.round(message.length * conditions.lengthFactor));
    numeric[COLUMN.links]![i] = message.links;
    numeric[COLUMN.reputation]![i] = message.reputation;
    numeric[COLUMN.spamWords]![i] = spamWordShare(message);
    numeric[COLUMN.hour]![i] = drawHour(hourRng);
    language[i] = message.language;
    spam[i] = message.spam ? 1 : 0;
  });

  for (let j = 0; j < extras; j++) {
    const extraRng = rng.fork(`extra:${j}`);
    const column = numeric[MAIL_NUMERIC_COUNT + j]!;
    for (let i = 0; i < n; i++) column[i] = extraRng.normal();
  }

  if (conditions.mimicShare > 0) {
    const mimicRng = rng.fork('mimic');
    // Decided on every row, so the draws do not depend on which rows are ham.
    for (let i = 0; i < n; i++) if (mimicRng.bernoulli(conditions.mimicShare) && spam[i] === 0) spam[i] = 1;
  }

  const reputationMissing = new Uint8Array(n);
  if (conditions.brokenShare > 0) {
    const brokenRng = rng.fork('broken');
    const reputation = numeric[COLUMN.reputation]!;
    for (let i = 0; i < n; i++) {
      if (!brokenRng.bernoulli(conditions.brokenShare)) continue;
      if (conditions.fault === 'unit') reputation[i]! *= PERCENT;
      else {
        reputation[i] = 0;
        reputationMissing[i] = 1;
      }
    }
  }

  if (conditions.pairing > 0) pairByRank(numeric[COLUMN.hour]!, numeric[COLUMN.length]!, conditions.pairing, rng.fork('pairing'));

  return { size: n, numeric, language, spam, reputationMissing };
}
