// The rollout's event stream, newest last, reading like `kubectl argo rollouts get` or Flagger's events.
import type { CanarySnapshot } from '../snapshot';
import { clock } from './time-format';

/** Rows shown; a long run keeps its first events and its latest. */
const SHOWN = 40;

export function DecisionLog({ snapshot, headingId }: { snapshot: Pick<CanarySnapshot, 'events'>; headingId: string }) {
  const { events } = snapshot;
  const shown = events.length > SHOWN ? [...events.slice(0, 5), null, ...events.slice(-(SHOWN - 6))] : events;
  return (
    <div className="canary-log-wrap">
      <ol className="canary-log" aria-labelledby={headingId}>
        {shown.map((event, i) =>
          event === null ? (
            <li key="gap" className="canary-log-gap">
              … {events.length - SHOWN + 1} earlier events …
            </li>
          ) : (
            <li key={i} data-kind={event.kind} data-outcome={'outcome' in event ? event.outcome : undefined}>
              <time>{clock(event.atS)}</time> <span>{event.message}</span>
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
