// Histogram of one or two overlaid distributions (e.g. reference vs current) binned on shared thresholds.
import type { ScaleLinear } from 'd3';
import { useCallback, useMemo } from 'react';
import { AxisBottom, AxisLeft } from './axes';
import { VerticalMarkers } from './Annotations';
import { ChartFrame, frameProps, type FrameTextProps } from './ChartFrame';
import type { ChartSize } from './chart-layout';
import type { ChartTable, TableColumn } from './DataTable';
import { axisTitle, type Cell } from './format';
import { sharedBins, type HistogramBin, type SharedBins } from './histogram-bins';
import type { LegendItem } from './Legend';
import { colourVar, type SeriesColour } from './palette';
import { PlotArea } from './PlotArea';
import type { Domain } from './scales';
import type { VerticalMarker } from './series';
import { usePlotLayout } from './use-plot-layout';

export interface Distribution {
  id: string;
  label: string;
  colour: SeriesColour;
  values: readonly number[];
  /** Dashed outline: tells two overlaid distributions apart without relying on hue. */
  dashed?: boolean | undefined;
}

/** How a distribution is drawn, without its values: what a chart of already-binned counts needs. */
export type DistributionStyle = Omit<Distribution, 'values'>;

/** 'share': percent of each sample per bin, so samples of different sizes compare; 'count': raw counts. */
export type HistogramMeasure = 'share' | 'count';

/** Title, summary, size and table rows come from ChartFrame; the rest is the histogram's own. */
export interface HistogramProps extends FrameTextProps {
  /** Usually one or two; all are binned with the same thresholds. */
  distributions: readonly Distribution[];
  xLabel: string;
  xUnit?: string | undefined;
  /** Fixed x domain; values outside it are not drawn (but still count towards shares). */
  xDomain?: Domain | undefined;
  xFormat?: ((value: number) => string) | undefined;
  /** About this many bins; thresholds are rounded to nice numbers. Default 20. */
  binCount?: number | undefined;
  measure?: HistogramMeasure | undefined;
  markers?: readonly VerticalMarker[] | undefined;
}

/** The props of a histogram whose counts are already binned (e.g. by the engine that tested them). */
export interface BinnedHistogramProps extends Omit<HistogramProps, 'distributions' | 'binCount' | 'xDomain'> {
  /** The bins, drawn over exactly their domain; sample i of each bin belongs to `distributions[i]`. */
  binned: SharedBins;
  distributions: readonly DistributionStyle[];
}

const DEFAULT_BINS = 20;
const NONE: readonly never[] = [];
const round = (v: number) => Math.round(v * 10) / 10;

/** The height of a bin for sample `s` in the chosen measure (shares in percent). */
const binValue = (b: HistogramBin, s: number, measure: HistogramMeasure) => (measure === 'share' ? (b.shares[s] ?? 0) * 100 : (b.counts[s] ?? 0));

/** All of one sample's bars as a single path: a few thousand values cost one element, not one per bar. */
export function barsPath(bins: readonly HistogramBin[], sample: number, measure: HistogramMeasure, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const base = round(y(0));
  let d = '';
  for (const b of bins) {
    const value = binValue(b, sample, measure);
    if (!(value > 0)) continue;
    // Half a pixel in from each edge leaves a hairline between neighbouring bars.
    const left = round(x(b.x0) + 0.5);
    const right = round(Math.max(x(b.x0) + 1, x(b.x1) - 0.5));
    d += `M${left},${base}V${round(y(value))}H${right}V${base}Z`;
  }
  return d;
}

/** The data table: each bin's bounds, then count and share for every distribution. */
export function histogramTable(binned: SharedBins, distributions: readonly DistributionStyle[], xLabel: string, xUnit: string | undefined, xFormat: HistogramProps['xFormat']): ChartTable {
  const columns: TableColumn[] = [
    { label: `${xLabel} from`, unit: xUnit, format: xFormat },
    { label: `${xLabel} to`, unit: xUnit, format: xFormat },
  ];
  for (const d of distributions) columns.push({ label: `${d.label}: count` }, { label: `${d.label}: share`, unit: '%' });
  const rows = binned.bins.map((b): Cell[] => [b.x0, b.x1, ...distributions.flatMap((_, s) => [binValue(b, s, 'count'), binValue(b, s, 'share')])]);
  return { columns, rows };
}

function HistogramPlot({ size, props, binned }: { size: ChartSize; props: BinnedHistogramProps; binned: SharedBins }) {
  const measure = props.measure ?? 'share';
  const { distributions } = props;
  const yMax = useMemo(() => {
    let max = 0;
    for (const b of binned.bins) {
      for (let s = 0; s < distributions.length; s += 1) max = Math.max(max, binValue(b, s, measure));
    }
    return max;
  }, [binned, distributions, measure]);
  // The bins' own domain, used exactly: a second nice() with fewer ticks could stretch the axis past the last bar.
  const layout = usePlotLayout({ size, xDomain: binned.domain, xExtent: undefined, yExtent: [0, yMax > 0 ? yMax : 1] });
  const { margin, innerWidth, innerHeight, x, y } = layout;
  const paths = useMemo(() => distributions.map((_, s) => barsPath(binned.bins, s, measure, x, y)), [binned, distributions, measure, x, y]);
  const empty = binned.totals.every((total) => total === 0);
  return (
    <g transform={`translate(${margin.left},${margin.top})`}>
      <AxisLeft scale={y} tickCount={layout.yTickCount} title={measure === 'share' ? 'Share of values (%)' : 'Count'} gridLength={innerWidth} marginLeft={margin.left} />
      <AxisBottom scale={x} tickCount={layout.xTickCount} format={props.xFormat} title={axisTitle(props.xLabel, props.xUnit)} gridLength={innerHeight} />
      <PlotArea width={innerWidth} height={innerHeight} empty={empty}>
        {distributions.map((d, s) => (
          <path
            key={d.id}
            className="chart-bars"
            data-series={d.id}
            d={paths[s]}
            style={{ fill: colourVar(d.colour), stroke: colourVar(d.colour) }}
            fillOpacity={0.35}
            strokeWidth={1.5}
            strokeDasharray={d.dashed ? '5 3' : undefined}
          />
        ))}
      </PlotArea>
      <VerticalMarkers markers={props.markers ?? NONE} x={x} height={innerHeight} />
    </g>
  );
}

export function Histogram(props: HistogramProps) {
  const { distributions, binCount = DEFAULT_BINS, xDomain } = props;
  const [d0, d1] = xDomain ?? [];
  const binned = useMemo(
    () => sharedBins(distributions.map((d) => d.values), binCount, d0 === undefined || d1 === undefined ? undefined : [d0, d1]),
    [distributions, binCount, d0, d1],
  );
  return <BinnedHistogram {...props} binned={binned} />;
}

/** Overlaid bars of counts binned elsewhere (a drift test's shared bins, say), with the same legend and table as Histogram. */
export function BinnedHistogram(props: BinnedHistogramProps) {
  const { distributions, binned, xLabel, xUnit, xFormat } = props;
  const legend = useMemo((): LegendItem[] => distributions.map((d) => ({ id: d.id, label: d.label, colour: d.colour, style: d.dashed ? 'area-dashed' : 'area' })), [distributions]);
  const table = useCallback(() => histogramTable(binned, distributions, xLabel, xUnit, xFormat), [binned, distributions, xLabel, xUnit, xFormat]);
  return (
    <ChartFrame
      {...frameProps(props)}
      legend={legend}
      table={table}
      className="chart-histogram"
    >
      {(size) => <HistogramPlot size={size} props={props} binned={binned} />}
    </ChartFrame>
  );
}
