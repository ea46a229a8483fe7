// The window results: each recent window's true count, what the stream counted, its panes and the batch job's count.
import { useId } from 'react';
import type { StreamingTotals, WindowRow } from '../snapshot';
import { paneHistory } from './narration';
import { formatClock, formatWindow } from './run-clock';

const STATE_TEXT: Record<WindowRow['state'], string> = { open: 'open', fired: 'reported, taking late data', closed: 'closed' };

export function WindowTable({ windows, totals }: { windows: readonly WindowRow[]; totals: StreamingTotals }) {
  const titleId = useId();
  const doubleCounted = totals.downstreamSum > totals.countedTotal;
  return (
    <section className="streaming-results" aria-labelledby={titleId}>
      <h3 id={titleId} className="streaming-subtitle">
        Window results
      </h3>
      <div className="streaming-scroll" role="region" aria-label="Window results, scrollable" tabIndex={0}>
        <table className="streaming-table">
          <caption className="sim-visually-hidden">Recent windows, newest last: the true count, what the stream counted and missed, the results it emitted, and the batch job’s count.</caption>
          <thead>
            <tr>
              <th scope="col">Window</th>
              <th scope="col">State</th>
              <th scope="col">True count</th>
              <th scope="col">Counted</th>
              <th scope="col">Missed</th>
              <th scope="col">Results (panes)</th>
              <th scope="col">Batch count</th>
            </tr>
          </thead>
          <tbody>
            {windows.length === 0 && (
              <tr>
                <td colSpan={7}>No windows yet: press Play or Step.</td>
              </tr>
            )}
            {windows.map((w) => {
              const disagrees = w.batchCount !== null && w.batchCount !== w.counted;
              return (
                <tr key={w.key} data-state={w.state}>
                  <th scope="row">{formatWindow(w)}</th>
                  <td>{STATE_TEXT[w.state]}</td>
                  <td>{w.trueCount}</td>
                  <td>{w.counted}</td>
                  <td>{w.missed > 0 ? <strong>{w.missed}</strong> : 0}</td>
                  <td>{w.panes.length ? paneHistory(w) : '—'}</td>
                  <td>
                    {w.batchCount ?? '—'}
                    {disagrees && <span className="streaming-flag"> ≠ stream</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <dl className="streaming-totals">
        <div>
          <dt>Read</dt>
          <dd>{totals.arrived}</dd>
        </div>
        <div>
          <dt>On time</dt>
          <dd>{totals.onTime}</dd>
        </div>
        <div>
          <dt>Late, counted</dt>
          <dd>{totals.late}</dd>
        </div>
        <div>
          <dt>Too late</dt>
          <dd>
            {totals.dropped}
            {totals.sideOutput > 0 ? ` (${totals.sideOutput} in side output)` : ''}
          </dd>
        </div>
        <div>
          <dt>Counted in windows</dt>
          <dd>{totals.countedTotal}</dd>
        </div>
        <div>
          <dt>Sum of all results</dt>
          <dd>{totals.downstreamSum}</dd>
        </div>
        <div>
          <dt>Batch ≠ stream</dt>
          <dd>{totals.disagreements} windows</dd>
        </div>
        <div>
          <dt>Batch runs</dt>
          <dd>{totals.batchRuns.length ? totals.batchRuns.map(formatClock).join(', ') : 'none yet'}</dd>
        </div>
      </dl>
      {doubleCounted && (
        <p className="streaming-callout" role="note">
          A downstream job that adds up every result reports {totals.downstreamSum}, but the windows hold {totals.countedTotal} messages: accumulating results restate earlier counts, so summing them counts messages more than once.
        </p>
      )}
    </section>
  );
}
