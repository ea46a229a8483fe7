// One lane per partition: when its messages were read, its own watermark, and whether it is idle.
import { useId } from 'react';
import type { PartitionStatus } from '../snapshot';
import { formatClock, formatDuration } from './run-clock';

/** Silence worth pointing out: longer than this without a message. */
const QUIET_MS = 10_000;

export interface PartitionLanesProps {
  partitions: readonly PartitionStatus[];
  /** Processing-time span of the lanes. */
  from: number;
  to: number;
  /** The job watermark, to mark the partition holding it back. */
  watermark: number | null;
}

export function PartitionLanes({ partitions, from, to, watermark }: PartitionLanesProps) {
  const titleId = useId();
  const span = Math.max(1, to - from);
  const active = partitions.filter((p) => !p.idle && p.watermark !== null);
  const slowest = active.length > 1 ? active.reduce((a, b) => (b.watermark! < a.watermark! ? b : a)) : undefined;
  return (
    <section className="streaming-lanes" aria-labelledby={titleId}>
      <h3 id={titleId} className="streaming-subtitle">
        Partitions
      </h3>
      <p className="streaming-note">
        Each tick is a message read from that partition, over the last {formatDuration(span)} of processing time. The job’s watermark is the lowest of the partition watermarks that are not idle.
      </p>
      <ul className="streaming-lane-list">
        {partitions.map((p) => {
          const quietFor = p.lastArrival === null ? to : to - p.lastArrival;
          const holding = slowest === p && watermark !== null && p.watermark === watermark;
          return (
            <li key={p.partition} className="streaming-lane" data-idle={p.idle}>
              <div className="streaming-lane-head">
                <span className="streaming-lane-name">Partition {p.partition + 1}</span>
                <span>watermark {formatClock(p.watermark)}</span>
                {p.idle && <span className="streaming-badge">idle</span>}
                {holding && <span className="streaming-badge streaming-badge-soft">holds the watermark</span>}
                {!p.idle && quietFor > QUIET_MS && <span className="streaming-quiet">no data for {formatDuration(quietFor)}</span>}
              </div>
              <svg className="streaming-lane-track" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="streaming-lane-bg" x="0" y="0" width="1000" height="16" />
                {p.arrivals.map((t, i) => (
                  <rect key={i} className="streaming-lane-tick" x={((t - from) / span) * 1000 - 1} y="2" width="2.5" height="12" />
                ))}
              </svg>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
