// The frame every chart shares: titled figure, legend, responsive SVG with an accessible name, and "Show data".
import type { ReactNode } from 'react';
import { chartHeight, type ChartSize } from './chart-layout';
import { DataTable, type ChartTable } from './DataTable';
import { Legend, type LegendItem } from './Legend';
import { useElementWidth } from './use-element-width';
import './charts.css';

export interface ChartFrameProps {
  /** Visible title; also starts the SVG's accessible name and the data table's caption. */
  title: string;
  /** One sentence saying what the chart shows right now, for screen readers (e.g. "Loss falls from 0.69 to 0.21."). */
  summary: string;
  /** Optional visible text under the title. */
  description?: ReactNode;
  legend: readonly LegendItem[];
  /** Builds the "Show data" table when it is needed. */
  table: () => ChartTable;
  /** Rows the data table shows (the newest); default 200. */
  maxTableRows?: number | undefined;
  /** Fixed SVG height in pixels; otherwise width ÷ aspectRatio. */
  height?: number | undefined;
  aspectRatio?: number | undefined;
  className?: string | undefined;
  /** Draws the chart's marks for the measured size. */
  children: (size: ChartSize) => ReactNode;
}

/** "Title. Summary" without doubling punctuation the title already ends with. */
export function accessibleName(title: string, summary: string): string {
  const trimmed = title.trim();
  const head = /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return summary.trim() ? `${head} ${summary.trim()}` : trimmed;
}

/** The frame props every chart passes through unchanged from its own props. */
export type FrameTextProps = Pick<ChartFrameProps, 'title' | 'summary' | 'description' | 'maxTableRows' | 'height' | 'aspectRatio'>;

export function frameProps({ title, summary, description, maxTableRows, height, aspectRatio }: FrameTextProps): FrameTextProps {
  return { title, summary, description, maxTableRows, height, aspectRatio };
}

export function ChartFrame({ title, summary, description, legend, table, maxTableRows, height, aspectRatio, className, children }: ChartFrameProps) {
  const [containerRef, width] = useElementWidth();
  const size: ChartSize = { width, height: chartHeight(width, height, aspectRatio) };
  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <figcaption className="chart-caption">
        <span className="chart-title">{title}</span>
        {description !== undefined && <div className="chart-description">{description}</div>}
      </figcaption>
      <Legend items={legend} />
      <div className="chart-body" ref={containerRef}>
        <svg className="chart-svg" role="img" aria-label={accessibleName(title, summary)} width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`}>
          {children(size)}
        </svg>
      </div>
      <DataTable title={title} getTable={table} maxRows={maxTableRows} />
    </figure>
  );
}
