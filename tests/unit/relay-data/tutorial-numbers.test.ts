// Pins the numbers printed in content/handouts/tutorial-relay-data.mdx: if the generator changes, update the tutorial.
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
});
