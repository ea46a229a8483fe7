// Lines and confidence bands for a set of series: one <path> each, whatever the number of points.
import { area, curveLinear, curveStepAfter, line, type ScaleLinear } from 'd3';
import { useMemo } from 'react';
import { colourVar } from './palette';
import type { BandPoint, CurveKind, LineSeries, Point } from './series';

export interface SeriesPath {
  id: string;
  colour: string;
  dashed: boolean;
  line: string;
  /** Empty when the series has no band. */
  band: string;
}

const finitePoint = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y);
const finiteBand = (b: BandPoint) => Number.isFinite(b.x) && Number.isFinite(b.lo) && Number.isFinite(b.hi);

/**
 * Path data for each series. Non-finite points are left undefined so the line breaks there
 * (a gap says "no measurement" honestly; joining across it would invent one). Step curves hold
 * each value until the next point, which is how a traffic weight or a retrained model behaves.
 */
export function seriesPaths(series: readonly LineSeries[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, curve: CurveKind): SeriesPath[] {
  const shape = curve === 'step' ? curveStepAfter : curveLinear;
  // Tenths of a pixel are finer than any screen shows; fewer digits make shorter strings, about a third faster.
  const toLine = line<Point>()
    .digits(1)
    .defined(finitePoint)
    .x((p) => x(p.x))
    .y((p) => y(p.y))
    .curve(shape);
  const toBand = area<BandPoint>()
    .digits(1)
    .defined(finiteBand)
    .x((b) => x(b.x))
    .y0((b) => y(b.lo))
    .y1((b) => y(b.hi))
    .curve(shape);
  return series.map((s) => ({
    id: s.id,
    colour: colourVar(s.colour),
    dashed: s.dashed ?? false,
    line: toLine(s.points) ?? '',
    band: s.band ? (toBand(s.band) ?? '') : '',
  }));
}

interface SeriesPathsProps {
  series: readonly LineSeries[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  curve?: CurveKind | undefined;
}

/** Bands first, then lines, so no band veils another series' line. */
export function SeriesPaths({ series, x, y, curve = 'linear' }: SeriesPathsProps) {
  const paths = useMemo(() => seriesPaths(series, x, y, curve), [series, x, y, curve]);
  return (
    <g className="chart-series">
      {paths.map((p) => p.band && <path key={`${p.id}-band`} className="chart-band" d={p.band} style={{ fill: p.colour }} fillOpacity={0.18} />)}
      {paths.map((p) => (
        <path
          key={p.id}
          className="chart-line"
          data-series={p.id}
          d={p.line}
          fill="none"
          style={{ stroke: p.colour }}
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
          strokeDasharray={p.dashed ? '6 4' : undefined}
        />
      ))}
    </g>
  );
}
