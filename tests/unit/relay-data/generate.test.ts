// The Relay data generator: exact sizes, byte-identical reruns, event order and timing, and each drift scenario.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, generateRelayData, tableChunks, type EventRow, type MessageRow, type RelayDataOptions } from '../../../simulations/relay-data';
import { MinHeap } from '../../../simulations/relay-data/min-heap';
import { encodeRows } from '../../../simulations/relay-data/formats';

const options = (overrides: Partial<RelayDataOptions> = {}): RelayDataOptions => ({ ...DEFAULT_OPTIONS, rows: 3_000, days: 10, ...overrides });
const text = (o: RelayDataOptions, table: 'messages' | 'user_events', format: 'csv' | 'jsonl' = 'csv') => [...tableChunks(o, table, format)].map((c) => c.text).join('');

function collect(o: RelayDataOptions): { messages: MessageRow[]; events: EventRow[] } {
  const messages: MessageRow[] = [];
  const events: EventRow[] = [];
  for (const batch of generateRelayData(o, { batchSize: 500 })) {
    messages.push(...batch.messages);
    events.push(...batch.events);
  }
  return { messages, events };
}

const ms = (iso: string) => Date.parse(iso);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('generateRelayData', () => {
  const base = collect(options());
  const byId = new Map(base.messages.map((m) => [m.message_id, m]));

  it('writes exactly the messages asked for, in time order, inside the date range', () => {
    expect(base.messages).toHaveLength(3_000);
    const times = base.messages.map((m) => ms(m.received_at));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(ms('2027-01-04T00:00:00Z'));
    // Headroom of 3 standard deviations: the range is nearly filled, rarely overrun.
    expect(times.at(-1)!).toBeGreaterThan(ms('2027-01-13T00:00:00Z'));
    expect(times.at(-1)!).toBeLessThan(ms('2027-01-14T12:00:00Z'));
  });

  it('gives the same bytes for the same seed and settings, whatever the batch size, and other bytes for another seed', () => {
    expect(text(options(), 'messages')).toBe(text(options(), 'messages'));
    const small = [...generateRelayData(options(), { batchSize: 7 })].flatMap((b) => b.events);
    expect(encodeRows('csv', ['event_id', 'received_time'], small as never)).toBe(encodeRows('csv', ['event_id', 'received_time'], base.events as never));
    expect(text(options({ seed: 8 }), 'user_events')).not.toBe(text(options(), 'user_events'));
  });

  it('keeps the class balance near the unwanted share, about one in six unwanted messages being abuse', () => {
    const { messages } = collect(options({ unwanted: 0.2, rows: 6_000 }));
    const unwanted = messages.filter((m) => m.label !== 'ham');
    expect(unwanted.length / messages.length).toBeCloseTo(0.2, 1);
    expect(unwanted.filter((m) => m.label === 'abuse').length / unwanted.length).toBeGreaterThan(0.1);
    expect(unwanted.filter((m) => m.label === 'abuse').length / unwanted.length).toBeLessThan(0.23);
  });

  it('lists events in the order Relay received them, each after its message and before the snapshot', () => {
    const received = base.events.map((e) => ms(e.received_time));
    expect(received.every((t, i) => i === 0 || t >= received[i - 1]!)).toBe(true);
    const snapshot = ms(base.messages.at(-1)!.received_at) + 1_000;
    for (const event of base.events) {
      const message = byId.get(event.message_id)!;
      expect(ms(event.event_time)).toBeGreaterThanOrEqual(ms(message.received_at));
      expect(ms(event.received_time)).toBeGreaterThanOrEqual(ms(event.event_time));
      expect(ms(event.received_time)).toBeLessThan(snapshot);
    }
  });

  it('reports spam far more often than ham, so labels can be derived but are noisy', () => {
    const reports = (label: string) => base.events.filter((e) => e.event_type === 'report_spam' && byId.get(e.message_id)!.label === label).length / base.messages.filter((m) => m.label === label).length;
    expect(reports('spam')).toBeGreaterThan(0.25);
    expect(reports('ham')).toBeGreaterThan(0);
    expect(reports('ham')).toBeLessThan(0.05);
  });

  it('duplicates share an event_id and late events arrive hours after the user acted, at the rates asked for', () => {
    const { events } = collect(options({ duplicateRate: 0.2, lateRate: 0.25 }));
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.event_id, (counts.get(e.event_id) ?? 0) + 1);
    const duplicated = [...counts.values()].filter((n) => n === 2).length / counts.size;
    expect(duplicated).toBeGreaterThan(0.15);
    expect(duplicated).toBeLessThan(0.25);
    const late = events.filter((e) => ms(e.received_time) - ms(e.event_time) > 3_600_000).length / events.length;
    expect(late).toBeGreaterThan(0.15);
    expect(late).toBeLessThan(0.3);
    expect(base.events.filter((e) => ms(e.received_time) - ms(e.event_time) > 3_600_000).length / base.events.length).toBeLessThan(0.05);
  });

  it('new-campaign: words never seen before appear only after 60% of the range', () => {
    const drifted = collect(options({ drift: 'new-campaign' }));
    const seen = new Set(base.messages.flatMap((m) => m.body.split(' ')));
    const cut = ms('2027-01-04T00:00:00Z') + 0.6 * 10 * 86_400_000;
    const novel = drifted.messages.filter((m) => m.body.split(' ').some((w) => !seen.has(w)));
    expect(novel.length).toBeGreaterThan(100);
    expect(novel.every((m) => ms(m.received_at) >= cut && m.label !== 'ham')).toBe(true);
  });

  it('mimicry: after the drift point more unwanted mail looks like ham (reputation, links)', () => {
    const drifted = collect(options({ drift: 'mimicry', rows: 6_000 }));
    const cut = ms('2027-01-04T00:00:00Z') + 0.6 * 10 * 86_400_000;
    const meanReputation = (rows: MessageRow[]) => rows.reduce((s, m) => s + m.sender_reputation, 0) / rows.length;
    const unwantedAfter = drifted.messages.filter((m) => m.label !== 'ham' && ms(m.received_at) >= cut);
    const unwantedBefore = drifted.messages.filter((m) => m.label !== 'ham' && ms(m.received_at) < cut);
    expect(meanReputation(unwantedAfter)).toBeGreaterThan(meanReputation(unwantedBefore) + 0.05);
  });

  it('label-delay: reports on later mail come several times later than on earlier mail', () => {
    const drifted = collect(options({ drift: 'label-delay', rows: 6_000 }));
    const lookup = new Map(drifted.messages.map((m) => [m.message_id, m]));
    const cut = ms('2027-01-04T00:00:00Z') + 0.6 * 10 * 86_400_000;
    const delays = (after: boolean) =>
      drifted.events
        .filter((e) => e.event_type === 'report_spam' && ms(lookup.get(e.message_id)!.received_at) >= cut === after && ms(lookup.get(e.message_id)!.received_at) < cut + (after ? 2 : 0) * 86_400_000)
        .map((e) => ms(e.event_time) - ms(lookup.get(e.message_id)!.received_at));
    expect(median(delays(true))).toBeGreaterThan(3 * median(delays(false)));
  });

  it('writes the columns the course documents, as CSV with a header or as JSON Lines', () => {
    const csv = text(options({ rows: 100 }), 'messages').split('\n');
    expect(csv[0]).toBe('message_id,received_at,sender_domain,sender_reputation,link_count,body_length,lang,subject,body,label');
    expect(csv).toHaveLength(102);
    const events = text(options({ rows: 100 }), 'user_events', 'jsonl').trim().split('\n').map((line) => JSON.parse(line) as EventRow);
    expect(Object.keys(events[0]!)).toEqual(['event_id', 'message_id', 'user_id', 'event_type', 'event_time', 'received_time']);
    expect(events[0]!.event_id).toMatch(/^e-\d{7}$/);
    expect(events[0]!.message_id).toMatch(/^m-\d{6}$/);
  });

  it('stays the same across releases unless we mean to change it (first rows pinned)', () => {
    expect(text(options({ rows: 100 }), 'messages').split('\n').slice(0, 3)).toMatchSnapshot();
    expect(text(options({ rows: 100 }), 'user_events').split('\n').slice(0, 3)).toMatchSnapshot();
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(encodeRows('csv', ['a', 'b'], [{ a: 'x, y', b: 'say "hi"\nthere' }])).toBe('"x, y","say ""hi""\nthere"\n');
    expect(encodeRows('csv', ['a'], [{ a: 0.25 }])).toBe('0.25\n');
  });
});

describe('MinHeap', () => {
  it('pops in order whatever the push order', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    for (const n of [5, 1, 9, 3, 3, 7, 0, 8]) heap.push(n);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop()!);
    expect(out).toEqual([0, 1, 3, 3, 5, 7, 8, 9]);
    expect(heap.pop()).toBeUndefined();
  });
});
