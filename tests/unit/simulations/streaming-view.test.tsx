// @vitest-environment jsdom
// The streaming view's parts: clock text, narration, the window table, partition lanes and the cost table.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamingSnapshot, WindowRow } from '../../../simulations/streaming/snapshot';
import { FreshnessPanel } from '../../../simulations/streaming/view/FreshnessPanel';
import { describeChange, paneHistory } from '../../../simulations/streaming/view/narration';
import { PartitionLanes } from '../../../simulations/streaming/view/PartitionLanes';
import { formatClock, formatDuration, formatWindow } from '../../../simulations/streaming/view/run-clock';
import { WindowTable } from '../../../simulations/streaming/view/WindowTable';
import { exportRows } from '../../../simulations/streaming/view/export-rows';

afterEach(cleanup);

const window = (overrides: Partial<WindowRow> = {}): WindowRow => ({
  key: '0-120000',
  start: 0,
  end: 120_000,
  partition: null,
  trueCount: 16,
  counted: 16,
  missed: 0,
  panes: [
    { timing: 'early', value: 5, firedAt: 60_000, windowEnd: 120_000, watermark: 50_000 },
    { timing: 'on-time', value: 13, firedAt: 126_000, windowEnd: 120_000, watermark: 119_999 },
    { timing: 'late', value: 16, firedAt: 150_000, windowEnd: 120_000, watermark: 140_000 },
  ],
  state: 'fired',
  batchCount: 15,
  ...overrides,
});

function snapshot(overrides: Partial<StreamingSnapshot> = {}): StreamingSnapshot {
  return {
    now: 180_000,
    duration: 1_800_000,
    watermark: 170_000,
    events: [],
    viewFrom: 0,
    watermarkTrace: [],
    partitions: [
      { partition: 0, watermark: 100_000, lastArrival: 101_000, idle: true, arrivals: [90_000, 101_000] },
      { partition: 1, watermark: 170_000, lastArrival: 179_000, idle: false, arrivals: [170_000, 179_000] },
    ],
    windows: [window()],
    totals: { arrived: 40, onTime: 37, late: 2, dropped: 1, sideOutput: 1, downstreamSum: 34, countedTotal: 16, disagreements: 1, batchRuns: [900_000] },
    freshness: {
      points: [{ t: 60_000, batch: { precision: 0.9, recall: 0.3 }, streaming: { precision: 0.88, recall: 0.95 }, messages: 30, spam: 10 }],
      batch: { cost: 100_000, latency: 9_000_000, updates: [900_000] },
      streaming: { cost: 8_000, latency: 110_000, updates: [120_000, 240_000] },
      campaignStart: 30_000,
    },
    tensors: 6,
    ...overrides,
  };
}

describe('run clock', () => {
  it('writes m:ss under an hour and h:mm:ss beyond', () => {
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(null)).toBe('—');
    expect(formatWindow({ start: 120_000, end: 240_000, partition: 2 })).toBe('P3 2:00–4:00');
    expect(formatDuration(110_000)).toBe('1.8 min');
    expect(formatDuration(9_000_000)).toBe('2.5 h');
  });
});

describe('narration', () => {
  it('names panes as timing and value', () => {
    expect(paneHistory(window())).toBe('early 5 · on-time 13 · late 16');
  });

  it('announces a window reported, drops, an idle partition and a batch run, and nothing when nothing changed', () => {
    const before = snapshot({ windows: [window({ panes: [], state: 'open' })], totals: { ...snapshot().totals, dropped: 0, batchRuns: [] }, partitions: snapshot().partitions.map((p) => ({ ...p, idle: false })) });
    const text = describeChange(before, snapshot())!;
    expect(text).toContain('Watermark passed 2:00; window 0:00–2:00 reported 16 messages.');
    expect(text).toContain('1 message arrived too late and was dropped.');
    expect(text).toContain('Partition 1 marked idle');
    expect(text).toContain('Batch job ran at 15:00');
    expect(describeChange(snapshot(), snapshot())).toBeNull();
  });
});

describe('WindowTable', () => {
  it('lists each window with its pane history and flags a batch count that disagrees', () => {
    render(<WindowTable windows={[window()]} totals={snapshot().totals} />);
    const row = screen.getByRole('row', { name: /0:00–2:00/ });
    expect(within(row).getByText('early 5 · on-time 13 · late 16')).toBeTruthy();
    expect(row.textContent).toContain('≠ stream');
    expect(screen.getByRole('note').textContent).toContain('reports 34, but the windows hold 16');
  });

  it('says nothing about double counting when the results add up', () => {
    render(<WindowTable windows={[window({ batchCount: 16 })]} totals={{ ...snapshot().totals, downstreamSum: 16 }} />);
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('row', { name: /0:00–2:00/ }).textContent).not.toContain('≠');
  });
});

describe('PartitionLanes', () => {
  it('marks the idle partition and the one holding the watermark, in text', () => {
    render(<PartitionLanes partitions={[...snapshot().partitions, { partition: 2, watermark: 170_000, lastArrival: 150_000, idle: false, arrivals: [] }]} from={0} to={180_000} watermark={170_000} />);
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]!).getByText('idle')).toBeTruthy();
    expect(items[2]!.textContent).toContain('no data for 30 s');
  });
});

describe('FreshnessPanel', () => {
  it('compares the two models’ cost and data age', () => {
    const s = snapshot();
    render(<FreshnessPanel freshness={s.freshness} now={s.now} duration={s.duration} />);
    const table = screen.getByRole('table', { name: 'What freshness costs so far' });
    expect(within(table).getByRole('row', { name: /Batch/ }).textContent).toContain('2.5 h');
    expect(within(table).getByRole('row', { name: /Streaming/ }).textContent).toContain('1.8 min');
  });
});

describe('export rows', () => {
  it('has one row per window and per freshness interval', () => {
    const rows = exportRows(snapshot());
    expect(rows.map((r) => r.kind)).toEqual(['window', 'freshness']);
    expect(rows[0]).toMatchObject({ counted: 16, batch_count: 15, panes: 'early:5@60000 on-time:13@126000 late:16@150000' });
  });
});
