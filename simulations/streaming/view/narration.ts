// What changed between two snapshots, in one sentence for the live region (or null when nothing worth saying).
import type { StreamingSnapshot, WindowRow } from '../snapshot';
import { formatClock, formatWindow } from './run-clock';

/** Short text of a window's results: "early 5 · on-time 13 · late 16". */
export function paneHistory(row: Pick<WindowRow, 'panes'>): string {
  return row.panes.map((pane) => `${pane.timing} ${pane.value}`).join(' · ');
}

export function describeChange(previous: StreamingSnapshot | undefined, next: StreamingSnapshot): string | null {
  const parts: string[] = [];
  const before = new Map((previous?.windows ?? []).map((w) => [w.key, w]));
  const fired = next.windows.filter((w) => w.panes.some((p) => p.timing === 'on-time') && !before.get(w.key)?.panes.some((p) => p.timing === 'on-time'));
  const latest = fired.at(-1);
  if (latest && next.watermark !== null) parts.push(`Watermark passed ${formatClock(latest.end)}; window ${formatWindow(latest)} reported ${latest.counted} messages.`);
  const dropped = next.totals.dropped - (previous?.totals.dropped ?? 0);
  if (dropped > 0) parts.push(`${dropped} ${dropped === 1 ? 'message arrived' : 'messages arrived'} too late and ${dropped === 1 ? 'was' : 'were'} dropped.`);
  const late = next.totals.late - (previous?.totals.late ?? 0);
  if (late > 0) parts.push(`${late} late ${late === 1 ? 'message' : 'messages'} corrected a result.`);
  for (const p of next.partitions) {
    const was = previous?.partitions[p.partition];
    if (p.idle && was && !was.idle) parts.push(`Partition ${p.partition + 1} marked idle; the watermark moves again.`);
  }
  const runs = next.totals.batchRuns.length - (previous?.totals.batchRuns.length ?? 0);
  if (runs > 0) {
    // Windows the batch job has counted since last time (among the recent ones the snapshot lists).
    const counted = next.windows.filter((w) => w.batchCount !== null && (before.get(w.key)?.batchCount ?? null) === null).length;
    const what = counted > 0 ? `counted ${counted} ${counted === 1 ? 'window' : 'windows'} and retrained the batch model` : 'retrained the batch model';
    parts.push(`Batch job ran at ${formatClock(next.totals.batchRuns.at(-1)!)}: ${what}.`);
  }
  const campaign = next.freshness.campaignStart;
  if (campaign !== null && next.now >= campaign && (previous?.now ?? 0) < campaign) parts.push('A new spam campaign has started.');
  return parts.length ? parts.join(' ') : null;
}
