// Scatter chart for many points (e.g. event time vs processing time), one <path> per group, with guide lines.
import type { ScaleLinear } from 'd3';
import { useCallback, useMemo } from 'react';
import { AxisBottom, AxisLeft } from './axes';
import { ReferenceLines, VerticalMarkers } from './Annotations';
import { ChartFrame, frameProps, type FrameTextProps } from './ChartFrame';
import type { ChartSize } from './chart-layout';
import type { ChartTable, TableColumn } from './DataTable';
import { axisTitle, type Cell } from './format';
import type { LegendItem } from './Legend';
import { colourVar, type SeriesColour } from './palette';
import { PlotArea } from './PlotArea';
import { finiteExtent, withReferences } from './scales';
import type { LineSeries, XYAxesProps } from './series';
import { SeriesPaths } from './SeriesPaths';
import { symbolPath, type SymbolShape } from './symbol-path';
import { usePlotLayout } from './use-plot-layout';

export interface ScatterGroup {
  id: string;
  label: string;
  colour: SeriesColour;
  symbol?: SymbolShape | undefined;
}

export interface ScatterPoint {
  x: number;
  y: number;
  /** A group id; missing or unknown ids fall into the first group. */
  group?: string | undefined;
}

/** Title, summary, size and table rows (ChartFrame), axes and annotations (XYAxesProps), and: */
export interface ScatterChartProps extends FrameTextProps, XYAxesProps {
  /** Legend entries and colours; when empty, all points form one group called "Points". */
  groups: readonly ScatterGroup[];
  points: readonly ScatterPoint[];
  /** Draw the line y = x; a string labels it (e.g. "no delay"), true labels it "y = x". */
  diagonal?: boolean | string | undefined;
  /** Lines drawn over the points, e.g. the watermark as it advances. */
  lines?: readonly LineSeries[] | undefined;
  /** Symbol radius in pixels; default 2.5. */
  radius?: number | undefined;
}

const NONE: readonly never[] = [];
const DEFAULT_GROUPS: readonly ScatterGroup[] = [{ id: 'points', label: 'Points', colour: 'viz-1' }];
const finite = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y);

/** Path data per group: every symbol of a group in one string. */
export function scatterPaths(points: readonly ScatterPoint[], groups: readonly ScatterGroup[], x: ScaleLinear<number, number>, y: ScaleLinear<number, number>, radius: number): string[] {
  const index = new Map(groups.map((g, i) => [g.id, i]));
  const parts: string[][] = groups.map(() => []);
  for (const p of points) {
    if (!finite(p)) continue;
    const g = p.group === undefined ? 0 : (index.get(p.group) ?? 0);
    parts[g]?.push(symbolPath(groups[g]?.symbol ?? 'circle', x(p.x), y(p.y), radius));
  }
  return parts.map((group) => group.join(''));
}

/** The data table: x, y, and which group (or overlay line) each row belongs to when there is more than one. */
export function scatterTable(points: readonly ScatterPoint[], groups: readonly ScatterGroup[], lines: readonly LineSeries[], props: Pick<ScatterChartProps, 'xLabel' | 'xUnit' | 'yLabel' | 'yUnit' | 'xFormat' | 'yFormat'>): ChartTable {
  const withGroup = groups.length + lines.length > 1;
  const columns: TableColumn[] = [
    { label: props.xLabel, unit: props.xUnit, format: props.xFormat },
    { label: props.yLabel, unit: props.yUnit, format: props.yFormat },
  ];
  if (withGroup) columns.push({ label: 'Series' });
  const labels = new Map(groups.map((g) => [g.id, g.label]));
  const fallback = groups[0]?.label ?? '';
  const rows: Cell[][] = [];
  for (const p of points) {
    if (!Number.isFinite(p.x)) continue;
    rows.push(withGroup ? [p.x, p.y, (p.group === undefined ? undefined : labels.get(p.group)) ?? fallback] : [p.x, p.y]);
  }
  for (const line of lines) {
    for (const p of line.points) if (Number.isFinite(p.x)) rows.push([p.x, p.y, line.label]);
  }
  return { columns, rows };
}

function Diagonal({ x, y, label }: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number>; label: string }) {
  const [x0 = 0, x1 = 0] = x.domain();
  const [y0 = 0, y1 = 0] = y.domain();
  const lo = Math.max(x0, y0);
  const hi = Math.min(x1, y1);
  if (!(lo < hi)) return null;
  return (
    <g className="chart-annotation chart-diagonal">
      <line x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} />
      <text x={x(hi) - 4} y={y(hi) + 14} textAnchor="end">
        {label}
      </text>
    </g>
  );
}

function ScatterPlot({ size, props, groups }: { size: ChartSize; props: ScatterChartProps; groups: readonly ScatterGroup[] }) {
  const { points, lines = NONE, references = NONE, markers = NONE, radius = 2.5 } = props;
  const xExtent = useMemo(
    () =>
      finiteExtent((add) => {
        for (const p of points) add(p.x);
        for (const l of lines) for (const p of l.points) add(p.x);
      }),
    [points, lines],
  );
  const yExtent = useMemo(() => {
    const data = finiteExtent((add) => {
      for (const p of points) add(p.y);
      for (const l of lines) for (const p of l.points) add(p.y);
    });
    return withReferences(data, references);
  }, [points, lines, references]);
  const layout = usePlotLayout({ size, xDomain: props.xDomain, xExtent, yDomain: props.yDomain, yExtent, yFormat: props.yFormat });
  const { margin, innerWidth, innerHeight, x, y } = layout;
  const paths = useMemo(() => scatterPaths(points, groups, x, y, radius), [points, groups, x, y, radius]);
  const empty = !points.some(finite) && !lines.some((l) => l.points.some(finite));
  const diagonal = props.diagonal === true ? 'y = x' : props.diagonal || undefined;
  return (
    <g transform={`translate(${margin.left},${margin.top})`}>
      <AxisLeft scale={y} tickCount={layout.yTickCount} format={props.yFormat} title={axisTitle(props.yLabel, props.yUnit)} gridLength={innerWidth} marginLeft={margin.left} />
      <AxisBottom scale={x} tickCount={layout.xTickCount} format={props.xFormat} title={axisTitle(props.xLabel, props.xUnit)} gridLength={innerHeight} />
      <PlotArea width={innerWidth} height={innerHeight} empty={empty}>
        {groups.map((g, i) => (
          <path key={g.id} className="chart-points" data-series={g.id} d={paths[i]} style={{ fill: colourVar(g.colour) }} fillOpacity={0.7} />
        ))}
        <SeriesPaths series={lines} x={x} y={y} curve={props.curve} />
      </PlotArea>
      {diagonal !== undefined && <Diagonal x={x} y={y} label={diagonal} />}
      <ReferenceLines lines={references} y={y} width={innerWidth} />
      <VerticalMarkers markers={markers} x={x} height={innerHeight} />
    </g>
  );
}

export function ScatterChart(props: ScatterChartProps) {
  const { points, lines = NONE, xLabel, xUnit, yLabel, yUnit, xFormat, yFormat } = props;
  const groups = props.groups.length > 0 ? props.groups : DEFAULT_GROUPS;
  const legend = useMemo(
    (): LegendItem[] => [
      ...groups.map((g): LegendItem => ({ id: g.id, label: g.label, colour: g.colour, style: g.symbol ?? 'circle' })),
      ...lines.map((l): LegendItem => ({ id: l.id, label: l.label, colour: l.colour, style: l.dashed ? 'dashed' : 'solid' })),
    ],
    [groups, lines],
  );
  const table = useCallback(
    () => scatterTable(points, groups, lines, { xLabel, xUnit, yLabel, yUnit, xFormat, yFormat }),
    [points, groups, lines, xLabel, xUnit, yLabel, yUnit, xFormat, yFormat],
  );
  return (
    <ChartFrame
      {...frameProps(props)}
      legend={legend}
      table={table}
      className="chart-scatter"
    >
      {(size) => <ScatterPlot size={size} props={props} groups={groups} />}
    </ChartFrame>
  );
}
