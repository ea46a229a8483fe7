// The bill so far (alerts, false alarms, retrains, missed drift) and every detector's record side by side.
import { useId } from 'react';
import { formatNumber } from '../../charts';
import { ALERT_SOURCES } from '../alerts';
import type { AlertSource } from '../params';
import type { DriftSnapshot } from '../snapshot';
import { SOURCE_NAMES } from './source-labels';

export interface CostPanelProps {
  snapshot: Pick<DriftSnapshot, 'costs' | 'detectorRecords' | 'driftStart' | 'reference' | 'batch'>;
  alertOn: AlertSource;
}

function detection(detectedAt: number | null, driftStart: number | null, batch: number): string {
  if (detectedAt !== null) return driftStart === null ? `batch ${detectedAt}` : `batch ${detectedAt} (${detectedAt - driftStart} after it began)`;
  if (driftStart === null) return 'no drift in this scenario';
  return driftStart <= batch ? 'not yet' : 'drift has not begun';
}

/** The counters, always in view above the charts. */
export function CostCounters({ snapshot }: Pick<CostPanelProps, 'snapshot'>) {
  const id = useId();
  const { costs, driftStart, reference, batch } = snapshot;
  return (
    <section className="drift-panel drift-costs" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="drift-subtitle">
        Alerts and what they cost
      </h3>
      <dl className="drift-counters">
        <div>
          <dt>Alerts</dt>
          <dd data-counter="alerts">{costs.alerts}</dd>
        </div>
        <div>
          <dt>False alarms</dt>
          <dd data-counter="false-alarms">{costs.falseAlarms}</dd>
        </div>
        <div>
          <dt>Retrains</dt>
          <dd>
            {costs.retrains}
            {costs.thrashRetrains > 0 && ` (${costs.thrashRetrains} on false alarms)`}
          </dd>
        </div>
        <div>
          <dt>Rows retrained on</dt>
          <dd>{formatNumber(costs.retrainRows)}</dd>
        </div>
        <div>
          <dt>Errors while drift went unnoticed</dt>
          <dd>{formatNumber(costs.missedDriftErrors)}</dd>
        </div>
        <div>
          <dt>Drift detected</dt>
          <dd>{detection(costs.detectedAt, driftStart, batch)}</dd>
        </div>
        <div>
          <dt>Reference window</dt>
          <dd>
            {formatNumber(reference.rows)} rows, {reference.since === 0 ? 'the training data' : `since batch ${reference.since}`}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Alarms, false alarms and first detection of every detector, the paging one marked. */
export function DetectorRecords({ snapshot, alertOn }: CostPanelProps) {
  const { detectorRecords, driftStart } = snapshot;
  return (
    <div className="drift-panel drift-records">
      <div className="drift-scroll" role="region" aria-label="Detectors compared, scrollable" tabIndex={0}>
        <table className="drift-table">
          <caption>Every detector on the same batches</caption>
          <thead>
            <tr>
              <th scope="col">Detector</th>
              <th scope="col">Alarms</th>
              <th scope="col">False alarms</th>
              <th scope="col">First alarm on drift (batch)</th>
            </tr>
          </thead>
          <tbody>
            {ALERT_SOURCES.map((source) => {
              const record = detectorRecords[source];
              const first = record.firstDriftAlarm;
              return (
                <tr key={source} data-pages={source === alertOn || undefined}>
                  <th scope="row">
                    {SOURCE_NAMES[source].long}
                    {source === alertOn && (
                      <>
                        {' '}
                        <span className="drift-badge">raises the alert</span>
                      </>
                    )}
                  </th>
                  <td>{record.alarms}</td>
                  <td>{record.falseAlarms}</td>
                  <td>{first === null ? '—' : driftStart === null ? String(first) : `${first} (+${first - driftStart})`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
