// "Download run" rows: every recent window's results and every freshness interval, one flat table with a kind column.
import type { TraceRow } from '../../core/export';
import type { StreamingSnapshot } from '../snapshot';

export function exportRows(snapshot: StreamingSnapshot): TraceRow[] {
  const windows = snapshot.windows.map((w) => ({
    kind: 'window',
    start_ms: w.start,
    end_ms: w.end,
    partition: w.partition,
    true_count: w.trueCount,
    counted: w.counted,
    missed: w.missed,
    batch_count: w.batchCount,
    panes: w.panes.map((p) => `${p.timing}:${p.value}@${p.firedAt}`).join(' '),
  }));
  const freshness = snapshot.freshness.points.map((p) => ({
    kind: 'freshness',
    end_ms: p.t,
    messages: p.messages,
    spam: p.spam,
    batch_precision: p.batch.precision,
    batch_recall: p.batch.recall,
    streaming_precision: p.streaming.precision,
    streaming_recall: p.streaming.recall,
  }));
  return [...windows, ...freshness];
}
