// Event time against processing time: each message a dot, the watermark a line, window ends as markers.
import { useMemo } from 'react';
import { ScatterChart, type ScatterGroup } from '../../charts';
import type { StreamingSnapshot } from '../snapshot';
import { watermarkSteps, windowEndMarkers } from './event-time-lines';
import { formatClock } from './run-clock';

const GROUPS: readonly ScatterGroup[] = [
  { id: 'on-time', label: 'On time', colour: 'viz-1', symbol: 'circle' },
  { id: 'late', label: 'Late, counted', colour: 'viz-3', symbol: 'square' },
  { id: 'dropped', label: 'Too late, dropped', colour: 'bad', symbol: 'triangle' },
];

/** Axes count minutes, so d3's round ticks land on whole and half minutes rather than on odd milliseconds. */
const MIN = 60_000;
const minuteClock = (minutes: number) => formatClock(minutes * MIN);

export function EventTimeChart({ snapshot }: { snapshot: StreamingSnapshot }) {
  const { events, watermarkTrace, windows, viewFrom, now, watermark } = snapshot;
  const points = useMemo(() => events.map((e) => ({ x: e.eventTime / MIN, y: e.arrival / MIN, group: e.fate })), [events]);
  const line = useMemo(
    () => [{ id: 'watermark', label: 'Watermark', colour: 'viz-4' as const, points: watermarkSteps(watermarkTrace).map((p) => ({ x: p.x / MIN, y: p.y / MIN })) }],
    [watermarkTrace],
  );
  // Ends of tumbling and sliding windows, or of each partition's sessions.
  const markers = useMemo(() => windowEndMarkers(windows, viewFrom - 60_000).map((m) => ({ x: m.x / MIN, label: m.label })), [windows, viewFrom]);
  const late = events.filter((e) => e.fate === 'late').length;
  const dropped = events.filter((e) => e.fate === 'dropped').length;
  const summary =
    events.length === 0
      ? 'No messages read yet.'
      : `Watermark at ${formatClock(watermark)} while processing time is ${formatClock(now)}. Of the ${events.length} messages shown, ${late} arrived late but were counted and ${dropped} were too late for their window.`;
  // A little room on the left so messages from before the view (late arrivals) are still visible.
  const xFrom = Math.max(0, viewFrom - 60_000);
  return (
    <ScatterChart
      title="When messages happened vs when the job read them"
      summary={summary}
      description="Dots below the diagonal would be read before they happened, so there are none. The further above it, the longer the delay."
      xLabel="Event time"
      yLabel="Processing time"
      xFormat={minuteClock}
      yFormat={minuteClock}
      xDomain={[xFrom / MIN, Math.max(now, xFrom + MIN) / MIN]}
      yDomain={[viewFrom / MIN, Math.max(now, viewFrom + MIN) / MIN]}
      groups={GROUPS}
      points={points}
      lines={line}
      markers={markers}
      diagonal="no delay"
      radius={3}
      aspectRatio={1.6}
    />
  );
}
