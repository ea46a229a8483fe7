// Line chart for metrics over time: several series with optional confidence bands, event markers, thresholds and shaded spans.
import { useCallback, useMemo } from 'react';
import { AxisBottom, AxisLeft } from './axes';
import { ReferenceLines, ShadedSpans, VerticalMarkers } from './Annotations';
import { ChartFrame, frameProps, type FrameTextProps } from './ChartFrame';
import { HoverReadout } from './HoverReadout';
import type { ChartSize } from './chart-layout';
import type { ChartTable, TableColumn } from './DataTable';
import { axisTitle, seriesToRows, type XY } from './format';
import type { LegendItem } from './Legend';
import { PlotArea } from './PlotArea';
import { finiteExtent, includeValue, withReferences } from './scales';
import type { LineSeries, ShadedSpan, XYAxesProps } from './series';
import { SeriesPaths } from './SeriesPaths';
import { usePlotLayout } from './use-plot-layout';

/** Title, summary, size and table rows (ChartFrame), axes and annotations (XYAxesProps), and: */
export interface LineChartProps extends FrameTextProps, XYAxesProps {
  series: readonly LineSeries[];
  /** Stretch an automatic y domain to 0 (rates and counts read wrongly from a truncated axis). */
  yIncludesZero?: boolean | undefined;
  /** Shaded stretches of x drawn behind the lines (e.g. "labels pending"); say what they mean in the summary too. */
  spans?: readonly ShadedSpan[] | undefined;
}

const NONE: readonly never[] = [];

const bandEdge = (band: LineSeries['band'], edge: 'lo' | 'hi'): XY[] => (band ?? []).map((b) => ({ x: b.x, y: b[edge] }));

/** The data table: x, then each series' y, then its band's low and high if it has one. */
export function lineTable(series: readonly LineSeries[], props: Pick<LineChartProps, 'xLabel' | 'xUnit' | 'yUnit' | 'xFormat' | 'yFormat'>): ChartTable {
  const columns: TableColumn[] = [{ label: props.xLabel, unit: props.xUnit, format: props.xFormat }];
  const values: (readonly XY[])[] = [];
  for (const s of series) {
    columns.push({ label: s.label, unit: props.yUnit, format: props.yFormat });
    values.push(s.points);
    if (s.band) {
      columns.push({ label: `${s.label}, low`, unit: props.yUnit, format: props.yFormat }, { label: `${s.label}, high`, unit: props.yUnit, format: props.yFormat });
      values.push(bandEdge(s.band, 'lo'), bandEdge(s.band, 'hi'));
    }
  }
  return { columns, rows: seriesToRows(values) };
}

function hasFinitePoint(series: readonly LineSeries[]): boolean {
  return series.some((s) => s.points.some((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
}

function LinePlot({ size, props }: { size: ChartSize; props: LineChartProps }) {
  const { series, references = NONE, markers = NONE, spans = NONE, yIncludesZero = false } = props;
  const xExtent = useMemo(
    () =>
      finiteExtent((add) => {
        for (const s of series) {
          for (const p of s.points) add(p.x);
          for (const b of s.band ?? NONE) add(b.x);
        }
      }),
    [series],
  );
  const yExtent = useMemo(() => {
    const data = finiteExtent((add) => {
      for (const s of series) {
        for (const p of s.points) add(p.y);
        for (const b of s.band ?? NONE) {
          add(b.lo);
          add(b.hi);
        }
      }
    });
    const extent = withReferences(data, references);
    return extent && yIncludesZero ? includeValue(extent, 0) : extent;
  }, [series, references, yIncludesZero]);
  const layout = usePlotLayout({ size, xDomain: props.xDomain, xExtent, yDomain: props.yDomain, yExtent, yFormat: props.yFormat });
  const { margin, innerWidth, innerHeight, x, y } = layout;
  return (
    <g transform={`translate(${margin.left},${margin.top})`}>
      <AxisLeft scale={y} tickCount={layout.yTickCount} format={props.yFormat} title={axisTitle(props.yLabel, props.yUnit)} gridLength={innerWidth} marginLeft={margin.left} />
      <AxisBottom scale={x} tickCount={layout.xTickCount} format={props.xFormat} title={axisTitle(props.xLabel, props.xUnit)} gridLength={innerHeight} />
      <PlotArea width={innerWidth} height={innerHeight} empty={!hasFinitePoint(series)}>
        <ShadedSpans spans={spans} x={x} height={innerHeight} />
        <SeriesPaths series={series} x={x} y={y} curve={props.curve} />
      </PlotArea>
      <ReferenceLines lines={references} y={y} width={innerWidth} />
      <VerticalMarkers markers={markers} x={x} height={innerHeight} />
      <HoverReadout series={series} x={x} y={y} width={innerWidth} height={innerHeight} xLabel={props.xLabel} xFormat={props.xFormat} yFormat={props.yFormat} />
    </g>
  );
}

export function LineChart(props: LineChartProps) {
  const { series, xLabel, xUnit, yUnit, xFormat, yFormat } = props;
  const legend = useMemo(
    (): LegendItem[] => series.map((s) => ({ id: s.id, label: s.label, colour: s.colour, style: s.dashed ? 'dashed' : 'solid' })),
    [series],
  );
  const table = useCallback(() => lineTable(series, { xLabel, xUnit, yUnit, xFormat, yFormat }), [series, xLabel, xUnit, yUnit, xFormat, yFormat]);
  return (
    <ChartFrame
      {...frameProps(props)}
      legend={legend}
      table={table}
      className="chart-line-chart"
    >
      {(size) => <LinePlot size={size} props={props} />}
    </ChartFrame>
  );
}
