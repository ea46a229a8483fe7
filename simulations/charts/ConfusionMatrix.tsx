// A 2×2 confusion matrix as an HTML table, shaded by count, with precision, recall and accuracy spelled out.
import type { CSSProperties, ReactNode } from 'react';
import { accuracy, precision, recall, total, type Confusion } from '../core/spam-model/metrics';
import { formatNumber, formatPercent, MISSING } from './format';
import './charts.css';

export interface ConfusionMatrixProps {
  /** Visible as the table caption. */
  title: string;
  counts: Confusion;
  /** What the positive class is called; default "spam". */
  positiveLabel?: string | undefined;
  /** What the negative class is called; default "ham". */
  negativeLabel?: string | undefined;
  description?: ReactNode;
}

export interface DerivedMetric {
  name: string;
  /** NaN when undefined (an empty denominator). */
  value: number;
  /** Counts behind the rate, in words. */
  detail: string;
}

/**
 * Precision, recall and accuracy with the counts behind them. Where a denominator is zero the
 * value is NaN and shown as a dash with the reason: the model layer reports 1 there (see
 * core/spam-model/metrics), which is right for curves but reads as "perfect" in a table.
 */
export function derivedMetrics(c: Confusion, positive = 'spam'): DerivedMetric[] {
  const flagged = c.tp + c.fp;
  const actual = c.tp + c.fn;
  const all = total(c);
  return [
    {
      name: 'Precision',
      value: flagged === 0 ? NaN : precision(c),
      detail: flagged === 0 ? `nothing was flagged as ${positive}` : `${formatNumber(c.tp)} of ${formatNumber(flagged)} flagged as ${positive} were ${positive}`,
    },
    {
      name: 'Recall',
      value: actual === 0 ? NaN : recall(c),
      detail: actual === 0 ? `there was no ${positive} to catch` : `${formatNumber(c.tp)} of ${formatNumber(actual)} ${positive} messages were caught`,
    },
    {
      name: 'Accuracy',
      value: all === 0 ? NaN : accuracy(c),
      detail: all === 0 ? 'no messages yet' : `${formatNumber(c.tp + c.tn)} of ${formatNumber(all)} classified correctly`,
    },
  ];
}

// The strongest tint keeps --text above 4.5:1 on the cell in both colour schemes (checked for --viz-1 and --viz-2).
const MAX_TINT_PERCENT = 40;

/** Tint strength for a cell: its share of all messages, so the eye goes where most messages are. */
export function tintPercent(count: number, all: number): number {
  return all > 0 ? Math.round((MAX_TINT_PERCENT * count) / all) : 0;
}

function CountCell({ count, all, kind, correct }: { count: number; all: number; kind: string; correct: boolean }) {
  const style = { '--confusion-tint': `${tintPercent(count, all)}%` } as CSSProperties;
  return (
    <td className={correct ? 'confusion-cell is-correct' : 'confusion-cell is-error'} style={style}>
      <span className="confusion-count">{formatNumber(count)}</span>
      <span className="confusion-kind">
        {kind}
        {all > 0 && ` · ${formatPercent(count / all)}`}
      </span>
    </td>
  );
}

export function ConfusionMatrix({ title, counts, positiveLabel = 'spam', negativeLabel = 'ham', description }: ConfusionMatrixProps) {
  const all = total(counts);
  return (
    <div className="chart confusion">
      <table className="confusion-table">
        <caption>
          <span className="chart-title">{title}</span>
          {description !== undefined && <span className="chart-description">{description}</span>}
        </caption>
        <thead>
          <tr>
            {/* An empty corner is a td, not a th: a header with no text confuses screen readers. */}
            <td className="confusion-corner" />
            <th scope="col">Predicted {positiveLabel}</th>
            <th scope="col">Predicted {negativeLabel}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Actual {positiveLabel}</th>
            <CountCell count={counts.tp} all={all} kind="True positives" correct />
            <CountCell count={counts.fn} all={all} kind="False negatives" correct={false} />
          </tr>
          <tr>
            <th scope="row">Actual {negativeLabel}</th>
            <CountCell count={counts.fp} all={all} kind="False positives" correct={false} />
            <CountCell count={counts.tn} all={all} kind="True negatives" correct />
          </tr>
        </tbody>
      </table>
      <dl className="confusion-metrics">
        {derivedMetrics(counts, positiveLabel).map((metric) => (
          <div key={metric.name}>
            <dt>{metric.name}</dt>
            <dd>
              <span className="confusion-metric-value">{Number.isFinite(metric.value) ? formatPercent(metric.value) : MISSING}</span>{' '}
              <span className="confusion-metric-detail">({metric.detail})</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
