// One column, reference against the newest batch: overlaid histograms on the bins the checks used, and every score for it.
import { useId, useMemo, useState } from 'react';
import { BinnedHistogram, formatNumber, formatPercent, type DistributionStyle } from '../../charts';
import type { DriftSnapshot } from '../snapshot';
import { CheckDetails } from './CheckDetails';
import { categoryShares, mostDrifted, toSharedBins } from './feature-bins';

const AUTO = 'auto';

const DISTRIBUTIONS: readonly DistributionStyle[] = [
  { id: 'reference', label: 'Reference (training window)', colour: 'viz-1' },
  { id: 'current', label: 'Newest batch', colour: 'viz-2', dashed: true },
];

export function DistributionPanel({ snapshot }: { snapshot: Pick<DriftSnapshot, 'features' | 'history' | 'histograms'> }) {
  const id = useId();
  const [choice, setChoice] = useState(AUTO);
  const latest = snapshot.history.at(-1);
  const auto = mostDrifted(latest);
  const chosen = snapshot.features.some((f) => f.name === choice) ? choice : AUTO;
  const column = chosen === AUTO ? auto : chosen;
  const feature = snapshot.features.find((f) => f.name === column);
  const histogram = snapshot.histograms.find((h) => h.column === column);
  const check = latest?.columns.find((c) => c.column === column);
  const binned = useMemo(() => (histogram?.kind === 'numeric' ? toSharedBins(histogram) : undefined), [histogram]);
  const title = feature && latest ? `${feature.label}: reference vs batch ${latest.batch}` : 'Reference vs newest batch';
  return (
    <section className="drift-panel drift-distribution" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="drift-subtitle">
        One column up close
      </h3>
      <div className="sim-field drift-column-pick">
        <label htmlFor={`${id}-column`}>Column</label>
        <select id={`${id}-column`} className="sim-select" value={chosen} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value={AUTO}>{`Most drifted now${auto ? ` (${auto})` : ''}`}</option>
          {snapshot.features.map((f) => (
            <option key={f.name} value={f.name}>{`${f.name}: ${f.label}`}</option>
          ))}
        </select>
      </div>
      {!latest || !feature || !histogram ? (
        <p className="sim-status">Step the run to compare a batch with the reference.</p>
      ) : binned ? (
        <BinnedHistogram
          title={title}
          summary={check ? `${check.drifted ? 'Drifted' : 'Not drifted'}: ${feature.label} in batch ${latest.batch} against the reference, on ${binned.bins.length} shared bins.` : ''}
          binned={binned}
          distributions={DISTRIBUTIONS}
          xLabel={feature.label}
          xUnit={feature.unit || undefined}
          xFormat={(v) => formatNumber(Number(v.toPrecision(3)))}
          aspectRatio={1.6}
        />
      ) : (
        histogram.kind === 'categorical' && (
          <table className="drift-table">
            <caption>{title}: share of rows</caption>
            <thead>
              <tr>
                <th scope="col">{feature.label}</th>
                <th scope="col">Reference</th>
                <th scope="col">Batch {latest.batch}</th>
              </tr>
            </thead>
            <tbody>
              {categoryShares(histogram).map((row) => (
                <tr key={row.category}>
                  <th scope="row">{row.category}</th>
                  <td>{formatPercent(row.reference)}</td>
                  <td>{formatPercent(row.current)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
      {check && <CheckDetails check={check} />}
    </section>
  );
}
