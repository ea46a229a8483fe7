// Pins the numbers printed in the Relay data, object storage and dataframes tutorials (content/handouts/): if the generator changes, update them.
import { describe, expect, it } from 'vitest';
import { generateRelayData, resolveOptions } from '../../../simulations/relay-data';

const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe('the Relay data tutorial (seed 7, 20,000 messages, 14 days)', () => {
  const { options } = resolveOptions({ seed: '7', rows: '20000', days: '14' });
  const batches = [...generateRelayData(options)];
  const messages = batches.flatMap((b) => b.messages);
  const events = batches.flatMap((b) => b.events);

  it('step 4: sizes, date range, labels and event types', () => {
    expect([messages.length, events.length]).toEqual([20_000, 17_662]);
    expect([messages[0]!.received_at, messages.at(-1)!.received_at]).toEqual(['2027-01-04T00:00:42Z', '2027-01-17T17:24:20Z']);
    expect(tally(messages.map((m) => m.label))).toEqual({ ham: 14_112, spam: 4_911, abuse: 977 });
    expect(tally(events.map((e) => e.event_type))).toEqual({ open: 11_403, delete_unread: 3_054, report_spam: 2_595, move_to_inbox: 610 });
  });

  it('step 5: repeated event ids', () => {
    expect(events.length - new Set(events.map((e) => e.event_id)).size).toBe(183);
  });

  it('object storage tutorial: 330 received hours over 14 days; 5 January has 1,276 events, 48 of them at 09:00', () => {
    const hours = new Set(events.map((e) => e.received_time.slice(0, 13)));
    expect([hours.size, new Set(events.map((e) => e.received_time.slice(0, 10))).size]).toEqual([330, 14]);
    expect(events.filter((e) => e.received_time.startsWith('2027-01-05')).length).toBe(1_276);
    expect(tally(events.filter((e) => e.received_time.startsWith('2027-01-05T09')).map((e) => e.event_type))).toEqual({ delete_unread: 9, open: 37, report_spam: 1, move_to_inbox: 1 });
  });
});

describe('the dataframes tutorial (seed 7, 20,000 messages, 14 days, 2% duplicates)', () => {
  const { options } = resolveOptions({ seed: '7', rows: '20000', days: '14', duplicateRate: '0.02' });
  const batches = [...generateRelayData(options)];
  const messages = batches.flatMap((b) => b.messages);
  const events = batches.flatMap((b) => b.events);
  const ms = (iso: string) => Date.parse(iso);

  /** The tutorial's simplified label rule for messages received on `day`, events received before day + 8. */
  function labelled(day: string) {
    const cutoff = ms(`${day}T00:00:00Z`) + 8 * 86_400_000;
    const todays = new Map(messages.filter((m) => m.received_at.startsWith(day)).map((m) => [m.message_id, m]));
    const seen = new Set<string>();
    const votes = new Map<string, { reported: boolean; kept: boolean }>();
    for (const e of events) {
      if (ms(e.received_time) >= cutoff || seen.has(e.event_id)) continue;
      seen.add(e.event_id);
      const m = todays.get(e.message_id);
      if (!m || ms(e.event_time) > ms(m.received_at) + 7 * 86_400_000) continue;
      const v = votes.get(e.message_id) ?? { reported: false, kept: false };
      if (e.event_type === 'report_spam') v.reported = true;
      if (e.event_type === 'open' || e.event_type === 'move_to_inbox') v.kept = true;
      votes.set(e.message_id, v);
    }
    const labels = [...votes.values()].filter((v) => v.reported || v.kept).map((v) => (v.reported ? 'unwanted' : 'ham'));
    return { messages: todays.size, ...tally(labels) };
  }

  it('steps 2 and 3: event counts, and the labels of 5 and 6 January', () => {
    expect(events.length).toBe(17_826);
    expect(tally(events.map((e) => e.event_type))).toEqual({ open: 11_509, delete_unread: 3_083, report_spam: 2_622, move_to_inbox: 612 });
    expect(labelled('2027-01-05')).toEqual({ messages: 1_466, ham: 824, unwanted: 184 });
    expect(labelled('2027-01-06')).toMatchObject({ ham: 762, unwanted: 189 });
    expect(new Set(events.map((e) => e.event_id)).size).toBe(17_479);
  });
});
