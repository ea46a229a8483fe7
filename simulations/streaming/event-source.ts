// Relay's mail as a stream: each message gets a partition and a delay between event time and arrival.
import { createMailWorld, inventWords, MINUTE_MS, type CampaignSpec, type MailWorld, type Message } from '../core/mail-world';
import { createRng, type Rng } from '../core/rng';

export interface StreamEvent {
  id: number;
  /** When Relay received the message (ms since run start). */
  eventTime: number;
  /** When the streaming job reads it: event time plus transport delay. */
  arrival: number;
  partition: number;
  spam: boolean;
  message: Message;
}

export interface EventSourceConfig {
  /** Messages per minute, steady (no daily cycle: the run is short and the lesson is elsewhere). */
  rate: number;
  partitions: number;
  /** Median transport delay, s. */
  delayMedian: number;
  /** σ of the lognormal delay. */
  delaySpread: number;
  /** Extra delay per partition index, s. */
  partitionLag: number;
  /** Share of stragglers. */
  stragglers: number;
  /** Typical straggler delay, s; each draws from [0.5, 1.5] × this. */
  stragglerDelay: number;
  /** Minute after which partition 0 gets no messages; 0 = never. */
  idleAfter: number;
  /** Minute the spam campaign starts; 0 = no campaign. */
  campaignAt: number;
}

/** Extra spam while the campaign runs, as a share of the baseline rate (as much again as its spam). */
export const CAMPAIGN_SHARE = 0.3;
const CAMPAIGN_HOURS = 48;

export interface EventSource {
  readonly world: MailWorld;
  /** Every message with event time in [generated-so-far, until), in event-time order. */
  generate(until: number): StreamEvent[];
}

/** The campaign the streaming sim uses: new words, fresh senders with middling reputation. */
export function streamingCampaign(seed: number, startMinute: number, ratePerMinute: number): CampaignSpec {
  const start = startMinute * MINUTE_MS;
  return {
    id: 'relay-campaign',
    start,
    end: start + CAMPAIGN_HOURS * 60 * MINUTE_MS,
    extraPerHour: CAMPAIGN_SHARE * ratePerMinute * 60,
    newWords: inventWords(createRng(seed).fork('campaign-words'), 24),
    senderReputation: [0.45, 0.75],
    wordShare: 0.5,
  };
}

export function createEventSource(config: EventSourceConfig, seed: number): EventSource {
  const world = createMailWorld({ seed, arrivalsPerHour: config.rate * 60, dailyAmplitude: 0, campaigns: config.campaignAt > 0 ? [streamingCampaign(seed, config.campaignAt, config.rate)] : [] });
  const delays = createRng(seed).fork('transport-delays');
  const quietFrom = config.idleAfter > 0 ? config.idleAfter * MINUTE_MS : Infinity;
  let generated = 0;
  return {
    world,
    generate(until) {
      if (until <= generated) return [];
      const messages = world.messagesBetween(generated, until);
      generated = until;
      return messages.map((message) => {
        const partition = partitionOf(message, config.partitions, message.time >= quietFrom);
        const delay = transportDelay(delays, config, partition);
        return { id: message.id, eventTime: message.time, arrival: message.time + delay, partition, spam: message.spam, message };
      });
    },
  };
}

/** Keyed by sender, like a Kafka topic keyed by sender id; while partition 0 is quiet its keys move to the others. */
function partitionOf(message: Message, partitions: number, partitionZeroQuiet: boolean): number {
  const home = message.senderId % partitions;
  if (!partitionZeroQuiet || home !== 0 || partitions === 1) return home;
  return 1 + (Math.floor(message.senderId / partitions) % (partitions - 1));
}

/** Always three draws per message, so changing one knob never reshuffles the delays of later messages. */
function transportDelay(rng: Rng, config: EventSourceConfig, partition: number): number {
  const spread = rng.normal();
  const isStraggler = rng.next() < config.stragglers;
  const stragglerShare = rng.uniform(0.5, 1.5);
  const base = config.delayMedian * Math.exp(config.delaySpread * spread);
  const seconds = base + partition * config.partitionLag + (isStraggler ? stragglerShare * config.stragglerDelay : 0);
  // Whole milliseconds, and at least 1 ms: nothing is read before it happens.
  return Math.max(1, Math.round(seconds * 1000));
}
