// @vitest-environment jsdom
// The streaming view's parts: clock text, narration, the window table, partition lanes and the cost table.
import { act, cleanup, render, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FreshnessPanel } from '../../../simulations/streaming/view/FreshnessPanel';
import { describeChange, paneHistory } from '../../../simulations/streaming/view/narration';
import { PartitionLanes } from '../../../simulations/streaming/view/PartitionLanes';
import { formatClock, formatDuration, formatWindow } from '../../../simulations/streaming/view/run-clock';
import { WindowTable } from '../../../simulations/streaming/view/WindowTable';
import { exportRows } from '../../../simulations/streaming/view/export-rows';
import { watermarkSteps, windowEndMarkers } from '../../../simulations/streaming/view/event-time-lines';
import { useNarration } from '../../../simulations/streaming/view/use-narration';
import { streamingSnapshot, windowRow } from './streaming-fixture';

afterEach(cleanup);

const snapshot = streamingSnapshot;

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
    expect(paneHistory(windowRow())).toBe('early 5 · on-time 13 · late 16');
  });

  it('announces a window reported, drops, an idle partition and a batch run, and nothing when nothing changed', () => {
    const before = snapshot({ windows: [windowRow({ panes: [], state: 'open', batchCount: null })], totals: { ...snapshot().totals, dropped: 0, batchRuns: [] }, partitions: snapshot().partitions.map((p) => ({ ...p, idle: false })) });
    const text = describeChange(before, snapshot())!;
    expect(text).toContain('Watermark passed 2:00; window 0:00–2:00 reported 16 messages.');
    expect(text).toContain('1 message arrived too late and was dropped.');
    expect(text).toContain('Partition 1 marked idle');
    expect(text).toContain('Batch job ran at 15:00: counted 1 window and retrained the batch model.');
    expect(describeChange(snapshot(), snapshot())).toBeNull();
  });
});

describe('WindowTable', () => {
  it('lists each window with its pane history and flags a batch count that disagrees', () => {
    render(<WindowTable windows={[windowRow()]} totals={snapshot().totals} />);
    const row = screen.getByRole('row', { name: /0:00–2:00/ });
    expect(within(row).getByText('early 5 · on-time 13 · late 16')).toBeTruthy();
    expect(row.textContent).toContain('≠ stream');
    expect(screen.getByRole('note').textContent).toContain('reports 34, but the windows hold 16');
  });

  it('says nothing about double counting when the results add up', () => {
    render(<WindowTable windows={[windowRow({ batchCount: 16 })]} totals={{ ...snapshot().totals, downstreamSum: 16 }} />);
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

describe('useNarration', () => {
  afterEach(() => vi.useRealTimers());

  it('speaks at once, then at most every 3 s, summing what happened since it last spoke', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const announce = (text: string) => said.push(text);
    const at = (now: number, dropped: number) => snapshot({ now, totals: { ...snapshot().totals, dropped } });
    const { rerender } = renderHook(({ s }) => useNarration(s, announce), { initialProps: { s: at(0, 0) } });
    expect(said).toEqual([]);
    rerender({ s: at(5_000, 1) });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('1 message arrived too late');
    rerender({ s: at(10_000, 3) });
    rerender({ s: at(15_000, 4) });
    expect(said).toHaveLength(1);
    act(() => vi.advanceTimersByTime(3_000));
    expect(said).toHaveLength(2);
    expect(said[1]).toContain('3 messages arrived too late');
    // Nothing new: nothing said, however long it waits.
    rerender({ s: at(20_000, 4) });
    act(() => vi.advanceTimersByTime(10_000));
    expect(said).toHaveLength(2);
  });
});

describe('event-time chart lines', () => {
  it('draws the watermark as steps and skips the stretch before the first one', () => {
    expect(watermarkSteps(snapshot().watermarkTrace)).toEqual([
      { x: 50_000, y: 60_000 },
      { x: 50_000, y: 120_000 },
      { x: 110_000, y: 120_000 },
    ]);
  });

  it('marks each window end once, sessions with their partition, and only the latest few', () => {
    const tumbling = Array.from({ length: 12 }, (_, i) => windowRow({ key: `${i}`, start: i * 60_000, end: (i + 2) * 60_000 }));
    const markers = windowEndMarkers(tumbling, 0);
    expect(markers).toHaveLength(8);
    expect(markers.at(-1)).toEqual({ x: 13 * 60_000, label: 'ends 13:00' });
    const sessions = [windowRow({ key: 'p0', partition: 0, start: 10_000, end: 95_000 }), windowRow({ key: 'p2', partition: 2, start: 5_000, end: 40_000 })];
    expect(windowEndMarkers(sessions, 30_000)).toEqual([
      { x: 40_000, label: 'P3 ends 0:40' },
      { x: 95_000, label: 'P1 ends 1:35' },
    ]);
    expect(windowEndMarkers(sessions, 50_000)).toHaveLength(1);
  });
});
