// What Relay's users do with one generated message: opens, deletes, reports and rescues, with delays, late and duplicate delivery.
import { HOUR_MS } from '../core/mail-world';
import type { Rng } from '../core/rng';
import type { MessageRow } from './message-row';
import { isoSecond } from './message-row';

export const EVENT_COLUMNS = ['event_id', 'message_id', 'user_id', 'event_type', 'event_time', 'received_time'] as const;
export const EVENT_TYPES = ['open', 'delete_unread', 'report_spam', 'move_to_inbox'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface UserEvent {
  /** Sequence number behind event_id; a duplicate shares it. */
  seq: number;
  messageId: string;
  userId: string;
  type: EventType;
  /** Wall-clock ms. */
  eventTime: number;
  receivedTime: number;
}

export interface EventRow {
  event_id: string;
  message_id: string;
  user_id: string;
  event_type: EventType;
  event_time: string;
  received_time: string;
}

interface Reaction {
  /** Chance the recipient does this at all. */
  p: number;
  /** Median hours from delivery to the action; spread is lognormal with sigma 1. */
  medianHours: number;
}

/**
 * Reactions by true label. Noise is deliberate: some ham gets reported (newsletters), some spam
 * gets opened, most messages get no label-bearing event at all.
 */
export const REACTIONS: Readonly<Record<MessageRow['label'], Readonly<Record<EventType, Reaction>>>> = {
  ham: { open: { p: 0.75, medianHours: 1.5 }, delete_unread: { p: 0.1, medianHours: 20 }, report_spam: { p: 0.02, medianHours: 3 }, move_to_inbox: { p: 0.04, medianHours: 10 } },
  spam: { open: { p: 0.15, medianHours: 2 }, delete_unread: { p: 0.35, medianHours: 12 }, report_spam: { p: 0.35, medianHours: 3 }, move_to_inbox: { p: 0.01, medianHours: 10 } },
  abuse: { open: { p: 0.2, medianHours: 1 }, delete_unread: { p: 0.2, medianHours: 12 }, report_spam: { p: 0.6, medianHours: 1 }, move_to_inbox: { p: 0.005, medianHours: 10 } },
};

/** Transport from the app to Relay: seconds normally; a late event waits 1–72 h for a phone to come online. */
const TRANSPORT_MEDIAN_MS = 2_000;
const LATE_MIN_MS = HOUR_MS;
const LATE_MAX_MS = 72 * HOUR_MS;
const DUPLICATE_GAP_MEDIAN_MS = 30_000;

export interface EventSettings {
  lateRate: number;
  duplicateRate: number;
  /** Multiplies the delay of report_spam and move_to_inbox (label-delay drift). */
  labelDelayFactor: number;
}

/** The events for one message, in type order; `nextSeq` numbers them and returns the next free number. */
export function eventsFor(row: MessageRow, receivedAt: number, userId: string, rng: Rng, settings: EventSettings, nextSeq: number): { events: UserEvent[]; nextSeq: number } {
  const events: UserEvent[] = [];
  const reactions = REACTIONS[row.label];
  for (const type of EVENT_TYPES) {
    const { p, medianHours } = reactions[type];
    // Draw every number for every type so one setting never shifts another message's randomness.
    const happens = rng.next() < p;
    const delayFactor = type === 'report_spam' || type === 'move_to_inbox' ? settings.labelDelayFactor : 1;
    const eventTime = receivedAt + Math.round(rng.lognormal(Math.log(medianHours * HOUR_MS * delayFactor), 1));
    const late = rng.next() < settings.lateRate;
    const transport = late ? rng.uniform(LATE_MIN_MS, LATE_MAX_MS) : rng.lognormal(Math.log(TRANSPORT_MEDIAN_MS), 0.8);
    const duplicate = rng.next() < settings.duplicateRate;
    const gap = rng.lognormal(Math.log(DUPLICATE_GAP_MEDIAN_MS), 1.5);
    if (!happens) continue;
    const event: UserEvent = { seq: nextSeq++, messageId: row.message_id, userId, type, eventTime, receivedTime: eventTime + Math.round(transport) };
    events.push(event);
    if (duplicate) events.push({ ...event, receivedTime: event.receivedTime + Math.round(gap) });
  }
  return { events, nextSeq };
}

export const eventId = (seq: number) => `e-${String(seq).padStart(7, '0')}`;

export function eventRow(event: UserEvent): EventRow {
  return {
    event_id: eventId(event.seq),
    message_id: event.messageId,
    user_id: event.userId,
    event_type: event.type,
    event_time: isoSecond(event.eventTime),
    received_time: isoSecond(event.receivedTime),
  };
}
