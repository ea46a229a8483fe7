// What changed between two snapshots, in a sentence or two for the live region (or null when nothing worth saying).
import { formatPercent } from '../../charts';
import { ALERT_SOURCES } from '../alerts';
import { DAYS } from '../scenario-conditions';
import type { DriftSnapshot } from '../snapshot';
import { SOURCE_NAMES } from './source-labels';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Names joined for speech: "A", "A and B", "A, B and C". */
export function spokenList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The newest batch (columns drifted, AUC, which detectors alarmed), then what happened since the last
 * announcement: new alerts and false alarms, retrains, labels arriving, the injected drift starting, the end.
 */
export function describeChange(previous: DriftSnapshot | undefined, next: DriftSnapshot): string | null {
  const latest = next.history.at(-1);
  if (!latest || (previous && previous.batch >= next.batch)) return null;
  const parts: string[] = [];
  const auc = latest.auc === null ? '' : `; domain classifier AUC ${latest.auc.toFixed(2)}`;
  const alarmed = ALERT_SOURCES.filter((source) => latest.alarms[source] && source !== 'any-feature').map((source) => SOURCE_NAMES[source].short);
  const alarms = alarmed.length ? `; ${spokenList(alarmed)} alarmed` : '';
  parts.push(`Batch ${latest.batch} (${DAYS[latest.weekday]}): ${latest.driftedColumns} of ${latest.columns.length} columns drifted${auc}${alarms}.`);
  const before = previous?.batch ?? 0;
  if (next.driftStart !== null && next.driftStart > before && next.driftStart <= next.batch) parts.push(`The injected drift started at batch ${next.driftStart}.`);
  const alerts = next.costs.alerts - (previous?.costs.alerts ?? 0);
  const falseAlarms = next.costs.falseAlarms - (previous?.costs.falseAlarms ?? 0);
  if (alerts > 0) parts.push(`${plural(alerts, 'new alert', 'new alerts')}${falseAlarms > 0 ? `, ${falseAlarms} of them false` : ''}.`);
  const retrains = next.costs.retrains - (previous?.costs.retrains ?? 0);
  if (retrains > 0) parts.push(retrains === 1 ? 'The model was retrained.' : `The model was retrained ${retrains} times.`);
  if (latest.labelsFor !== null) {
    const labelled = next.history[latest.labelsFor - 1];
    if (labelled?.trueAccuracy != null) parts.push(`Labels for batch ${latest.labelsFor} arrived: true accuracy ${formatPercent(labelled.trueAccuracy)}.`);
  }
  if (next.batch >= next.batches) parts.push(`Run finished: ${plural(next.costs.alerts, 'alert', 'alerts')}, ${plural(next.costs.falseAlarms, 'false alarm', 'false alarms')}.`);
  return parts.join(' ');
}
