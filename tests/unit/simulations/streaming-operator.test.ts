import { describe, expect, test } from 'vitest';
import { createWindowOperator, type OperatorConfig } from '../../../simulations/streaming/window-operator';

const MIN = 60_000;
const config = (overrides: Partial<OperatorConfig> = {}): OperatorConfig => ({
  windows: { kind: 'tumbling', sizeMs: 2 * MIN, slideMs: MIN, gapMs: 30_000 },
  allowedLatenessMs: 5 * MIN,
  accumulation: 'discarding',
  earlyEveryMs: MIN,
  lateFirings: true,
  ...overrides,
});

/**
 * The design notes' pane example, in the early/on-time/late trigger style of Beam (accumulation modes
 * as in Akidau et al., "Streaming Systems", O'Reilly 2018, ch. 2): one window gets an early pane of 5,
 * an on-time pane after 8 more and a late pane after 3 more. Discarding panes report [5, 8, 3];
 * accumulating panes report [5, 13, 16].
 */
function beamExample(accumulation: OperatorConfig['accumulation']) {
  const op = createWindowOperator(config({ accumulation }));
  const values: number[] = [];
  const timings: string[] = [];
  const collect = (panes: ReturnType<typeof op.advance>) => panes.forEach((p) => (values.push(p.value), timings.push(p.timing)));
  for (let i = 0; i < 5; i++) op.add(10_000 + i, 0, 0);
  collect(op.advance(MIN, 0)); // early timer at 1:00, watermark far behind
  for (let i = 0; i < 8; i++) op.add(70_000 + i, 0, 30_000);
  collect(op.advance(MIN + 30_000, 30_000)); // not a timer instant, watermark not past: nothing
  collect(op.advance(3 * MIN + 200, 2 * MIN)); // watermark passes 1:59.999 → on-time
  for (let i = 0; i < 3; i++) expect(op.add(100_000 + i, 0, 2 * MIN)).toBe('late');
  collect(op.advance(3 * MIN + 400, 2 * MIN)); // the three late elements fire together at the next tick
  return { values, timings, window: op.windows.get('0-120000')! };
}

describe('panes', () => {
  test('discarding panes are [5, 8, 3] and sum to the window total', () => {
    const { values, timings, window } = beamExample('discarding');
    expect(values).toEqual([5, 8, 3]);
    expect(timings).toEqual(['early', 'on-time', 'late']);
    expect(values.reduce((a, b) => a + b)).toBe(window.counted);
  });

  test('accumulating panes are [5, 13, 16]; the last equals the total and a downstream sum double-counts', () => {
    const { values, window } = beamExample('accumulating');
    expect(values).toEqual([5, 13, 16]);
    expect(values.at(-1)).toBe(window.counted);
    expect(values.reduce((a, b) => a + b)).toBe(34);
  });

  test('no on-time pane before the watermark reaches the window’s last instant', () => {
    const op = createWindowOperator(config({ earlyEveryMs: 0 }));
    op.add(1_000, 0, null);
    expect(op.advance(200, null)).toEqual([]);
    expect(op.advance(400, 2 * MIN - 2)).toEqual([]);
    const [pane] = op.advance(600, 2 * MIN - 1);
    expect(pane).toMatchObject({ timing: 'on-time', value: 1, watermark: 2 * MIN - 1 });
  });

  test('data later than the allowed lateness is dropped, and the window’s state is freed', () => {
    const op = createWindowOperator(config({ allowedLatenessMs: MIN, earlyEveryMs: 0 }));
    op.add(1_000, 0, null);
    op.advance(200, 2 * MIN);
    expect(op.add(2_000, 0, 2 * MIN + 10_000)).toBe('late');
    op.advance(400, 3 * MIN - 1);
    const window = op.windows.get('0-120000')!;
    expect(window.closed).toBe(true);
    expect(op.add(3_000, 0, 3 * MIN)).toBe('dropped');
    expect(window).toMatchObject({ counted: 2, missed: 1 });
  });

  test('without late firings, late data is dropped after the on-time result', () => {
    const op = createWindowOperator(config({ lateFirings: false, earlyEveryMs: 0 }));
    op.add(1_000, 0, null);
    op.advance(200, 2 * MIN);
    expect(op.add(2_000, 0, 2 * MIN)).toBe('dropped');
    expect(op.advance(400, 2 * MIN)).toEqual([]);
  });

  test('sliding windows count an event in each window it falls in', () => {
    const op = createWindowOperator(config({ windows: { kind: 'sliding', sizeMs: 2 * MIN, slideMs: MIN, gapMs: 0 }, earlyEveryMs: 0 }));
    op.add(90_000, 0, null);
    expect([...op.windows.keys()]).toEqual(['0-120000', '60000-180000']);
  });

  test('sessions merge when an event bridges the gap, keeping counts and pane history', () => {
    const op = createWindowOperator(config({ windows: { kind: 'session', sizeMs: 0, slideMs: 0, gapMs: 30_000 }, earlyEveryMs: 0 }));
    op.add(0, 2, null);
    op.add(50_000, 2, null);
    op.add(10_000, 5, null); // another partition: its own session
    expect([...op.windows.keys()].sort()).toEqual(['p2:0-30000', 'p2:50000-80000', 'p5:10000-40000']);
    op.add(25_000, 2, null); // [25 s, 55 s) touches both sessions of partition 2
    expect(op.windows.get('p2:0-80000')).toMatchObject({ counted: 3, start: 0, end: 80_000 });
    expect(op.windows.has('p2:0-30000')).toBe(false);
  });
});
