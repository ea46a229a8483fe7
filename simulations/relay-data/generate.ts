// The Relay data generator: messages and user events from the seeded mail world, in batches, so a million rows never sit in memory at once.
import { DAY_MS, HOUR_MS, createMailWorld } from '../core/mail-world';
import { createRng } from '../core/rng';
import { messageRow, type MessageRow } from './message-row';
import { MinHeap } from './min-heap';
import type { RelayDataOptions } from './options';
import { DRIFT_AT, EXTRA_SHARE, planScenario } from './scenarios';
import { eventRow, eventsFor, type EventRow, type UserEvent } from './user-events';

export interface Batch {
  messages: MessageRow[];
  /** Events Relay received before the next batch's first message, in order of received_time. */
  events: EventRow[];
  /** Messages written so far, as a share of `rows`. */
  progress: number;
}

export interface GenerateSettings {
  /** Messages per batch. Default 2,000. */
  batchSize?: number;
}

/**
 * Yields batches whose concatenation is the whole dataset; the same options always give the same rows.
 * The arrival rate is set a little above `rows` over the range so the range nearly always holds
 * enough mail; generation stops at exactly `rows` messages, and the export is a snapshot taken one
 * second after the last message: events Relay had not yet received by then are not in the file.
 */
export function* generateRelayData(options: RelayDataOptions, settings: GenerateSettings = {}): Generator<Batch> {
  const batchSize = settings.batchSize ?? 2_000;
  const epoch = Date.parse(`${options.start}T00:00:00Z`);
  const span = options.days * DAY_MS;
  const hours = span / HOUR_MS;
  // Three standard deviations of headroom over the Poisson count, less what a drift campaign adds;
  // in the rare run that falls short, generation simply continues past the end of the range.
  const rate = (options.rows * (1 + 3 / Math.sqrt(options.rows))) / (hours * (1 + EXTRA_SHARE[options.drift] * (1 - DRIFT_AT)));
  const plan = planScenario(options.drift, options.seed, span, rate);
  const world = createMailWorld({ seed: options.seed, spamRate: options.unwanted, arrivalsPerHour: rate, campaigns: plan.campaigns });
  const root = createRng(options.seed).fork('relay-data');
  const users = Math.max(50, Math.round(options.rows / 20));
  const pending = new MinHeap<UserEvent>((a, b) => a.receivedTime < b.receivedTime || (a.receivedTime === b.receivedTime && a.seq < b.seq));

  let written = 0;
  let seq = 0;
  let lastArrival = 0;
  let batch: Batch = { messages: [], events: [], progress: 0 };
  const flushBefore = (time: number) => {
    while (pending.size > 0 && pending.peek()!.receivedTime < time) batch.events.push(eventRow(pending.pop()!));
  };

  for (let from = 0; written < options.rows; from += HOUR_MS) {
    for (const message of world.messagesBetween(from, from + HOUR_MS)) {
      if (written === options.rows) break;
      const receivedAt = epoch + message.time;
      // Every later event is received after this message arrives, so these are final.
      flushBefore(receivedAt);
      const rng = root.fork(`message:${message.id}`);
      const row = messageRow(message, epoch, rng);
      const userId = `u-${String(rng.int(1, users)).padStart(5, '0')}`;
      const made = eventsFor(row, receivedAt, userId, rng, { lateRate: options.lateRate, duplicateRate: options.duplicateRate, labelDelayFactor: plan.labelDelayFactor(message.time) }, seq);
      seq = made.nextSeq;
      for (const event of made.events) pending.push(event);
      batch.messages.push(row);
      written++;
      lastArrival = receivedAt;
      if (batch.messages.length === batchSize) {
        batch.progress = written / options.rows;
        yield batch;
        batch = { messages: [], events: [], progress: 0 };
      }
    }
  }
  // The snapshot is the second after the last message's (whole-second) timestamp.
  flushBefore(Math.floor(lastArrival / 1_000) * 1_000 + 1_000);
  batch.progress = 1;
  yield batch;
}
