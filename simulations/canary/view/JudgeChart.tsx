// Kayenta-style judge: the score per interval against the pass and marginal lines, and the latest report metric by metric.
import { useId, useMemo } from 'react';
import { LineChart } from '../../charts';
import type { CanarySnapshot } from '../snapshot';
import { clock, minutes } from './time-format';

const VERDICTS = { pass: 'pass', marginal: 'marginal', fail: 'fail', 'insufficient-data': 'not enough data' } as const;
const number = (value: number | null) => (value === null ? '–' : value >= 100 ? value.toFixed(0) : value.toPrecision(3));
const pValue = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));

export function JudgeChart({ snapshot, passScore, marginalScore }: { snapshot: Pick<CanarySnapshot, 'judge' | 'durationS'>; passScore: number; marginalScore: number }) {
  const { judge, durationS } = snapshot;
  const points = useMemo(() => judge.map((point) => ({ x: minutes(point.atS), y: point.score ?? NaN })), [judge]);
  const latest = judge.at(-1);
  const summary = latest ? `At ${clock(latest.atS)}: ${latest.score === null ? 'no score' : `score ${Math.round(latest.score)}`}, ${VERDICTS[latest.verdict]}. ${latest.reason}` : 'The judge has not run yet.';
  return (
    <LineChart
      title="Judge score per interval"
      summary={summary}
      description="Each interval the judge compares v2 with a v1 baseline started at the same time, metric by metric (Mann–Whitney U), and scores the share of metrics that did not get worse. Gaps are intervals with too few requests to judge."
      xLabel="Time"
      xUnit="min"
      xDomain={[0, minutes(durationS)]}
      yLabel="Score"
      yDomain={[0, 100]}
      references={[
        { y: passScore, label: `pass ${passScore}` },
        { y: marginalScore, label: `marginal ${marginalScore}` },
      ]}
      series={[{ id: 'score', label: 'Judge score', colour: 'viz-2', points }]}
    />
  );
}

export function JudgeReport({ snapshot }: { snapshot: Pick<CanarySnapshot, 'judge'> }) {
  const id = useId();
  const latest = snapshot.judge.at(-1);
  if (!latest) return null;
  return (
    <div className="canary-scroll">
      <table className="canary-table" aria-describedby={`${id}-verdict`}>
        <caption>Latest judgement, at {clock(latest.atS)}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Result</th>
            <th scope="col">v2 mean</th>
            <th scope="col">Baseline mean</th>
            <th scope="col">Requests (v2 / baseline)</th>
            <th scope="col">p-value</th>
          </tr>
        </thead>
        <tbody>
          {latest.metrics.map((metric) => (
            <tr key={metric.name}>
              <th scope="row">
                {metric.name}
                {metric.critical ? ' (critical)' : ''}
              </th>
              <td>{metric.classification === 'NoData' ? 'not enough data' : metric.classification}</td>
              <td>{number(metric.canary.mean)}</td>
              <td>{number(metric.baseline.mean)}</td>
              <td>
                {metric.canary.count} / {metric.baseline.count}
              </td>
              <td>{pValue(metric.pValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-verdict`} className="sim-help">
        Verdict: {VERDICTS[latest.verdict]}
        {latest.score === null ? '' : `, score ${Math.round(latest.score)}`}. {latest.reason}
      </p>
    </div>
  );
}
