// Labelled vertical markers (events such as "rollback"), horizontal reference lines (thresholds, SLOs) and shaded x spans.
import type { ScaleLinear } from 'd3';
import type { ReferenceLine, ShadedSpan, VerticalMarker } from './series';

const within = (scale: ScaleLinear<number, number>, value: number) => {
  const [a = 0, b = 0] = scale.domain();
  return Number.isFinite(value) && value >= Math.min(a, b) && value <= Math.max(a, b);
};

// Consecutive marker labels step down so two events close in time do not print over each other.
const LABEL_ROWS = 3;
const LABEL_LINE = 14;

/** Markers outside the x domain are left out rather than drawn at the edge, where they would mislead. */
export function VerticalMarkers({ markers, x, height }: { markers: readonly VerticalMarker[]; x: ScaleLinear<number, number>; height: number }) {
  const [, right = 0] = x.range();
  return (
    <g className="chart-annotations">
      {markers.map((marker, i) => {
        if (!within(x, marker.x)) return null;
        const px = x(marker.x);
        // Near the right edge the label goes to the left of its line so it stays inside the chart.
        const flip = px > right * 0.7;
        return (
          <g key={`${marker.x}-${marker.label}`} className="chart-annotation" transform={`translate(${px},0)`}>
            <line y1={0} y2={height} />
            <text x={flip ? -4 : 4} y={12 + (i % LABEL_ROWS) * LABEL_LINE} textAnchor={flip ? 'end' : 'start'}>
              {marker.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Horizontal lines across the plot with their label above the right end. */
export function ReferenceLines({ lines, y, width }: { lines: readonly ReferenceLine[]; y: ScaleLinear<number, number>; width: number }) {
  return (
    <g className="chart-annotations">
      {lines.map((line) => {
        if (!within(y, line.y)) return null;
        const py = y(line.y);
        return (
          <g key={`${line.y}-${line.label}`} className="chart-annotation" transform={`translate(0,${py})`}>
            <line x1={0} x2={width} />
            <text x={width - 4} y={-5} textAnchor="end">
              {line.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Shaded stretches of x behind the marks, clipped to the x domain, each labelled along the bottom of
 * the plot (where event-marker labels, which step down from the top, do not reach).
 */
export function ShadedSpans({ spans, x, height }: { spans: readonly ShadedSpan[]; x: ScaleLinear<number, number>; height: number }) {
  const [d0 = 0, d1 = 0] = x.domain();
  const [, right = 0] = x.range();
  return (
    <g className="chart-spans">
      {spans.map((span) => {
        const from = Math.max(Math.min(span.from, span.to), Math.min(d0, d1));
        const to = Math.min(Math.max(span.from, span.to), Math.max(d0, d1));
        if (!(to > from)) return null;
        const left = x(from);
        const width = x(to) - left;
        // A label that would run past the right edge is anchored to the span's right end instead.
        const flip = left > right * 0.6;
        return (
          <g key={`${span.from}-${span.to}-${span.label}`} className="chart-span">
            <rect x={left} y={0} width={width} height={height} />
            <text x={flip ? left + width - 4 : left + 4} y={height - 6} textAnchor={flip ? 'end' : 'start'}>
              {span.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
