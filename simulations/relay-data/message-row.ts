// One generated message as a row of messages.csv: ids, times, sender, text and the ground-truth label.
import type { Message } from '../core/mail-world';
import type { Rng } from '../core/rng';

export const MESSAGE_COLUMNS = ['message_id', 'received_at', 'sender_domain', 'sender_reputation', 'link_count', 'body_length', 'lang', 'subject', 'body', 'label'] as const;

export interface MessageRow {
  message_id: string;
  received_at: string;
  sender_domain: string;
  sender_reputation: number;
  link_count: number;
  body_length: number;
  lang: string;
  subject: string;
  body: string;
  label: 'spam' | 'ham' | 'abuse';
}

/** Share of unwanted mail labelled abuse (phishing, harassment) rather than spam. */
export const ABUSE_SHARE = 1 / 6;
const SUBJECT_WORDS = 5;

export const messageId = (id: number) => `m-${String(id).padStart(6, '0')}`;

/** Times are written as ISO 8601 UTC to the second, as a log would. */
export const isoSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * `epoch` is the wall-clock time (ms) of the world's time 0. The body holds the words the world
 * wrote; `body_length` scales its characters to the message's full length, as a stored body would be.
 */
export function messageRow(message: Message, epoch: number, rng: Rng): MessageRow {
  const body = message.words.join(' ');
  const head = message.words.slice(0, SUBJECT_WORDS).join(' ');
  const unwanted = message.spam;
  return {
    message_id: messageId(message.id),
    received_at: isoSecond(epoch + message.time),
    sender_domain: message.senderDomain,
    sender_reputation: Math.round(message.reputation * 1000) / 1000,
    link_count: message.links,
    body_length: Math.round((body.length * message.length) / Math.max(1, message.words.length)),
    lang: message.language,
    subject: head.charAt(0).toUpperCase() + head.slice(1),
    body,
    label: unwanted ? (rng.bernoulli(ABUSE_SHARE) ? 'abuse' : 'spam') : 'ham',
  };
}
