// Heatmap over time: one row per series (a feature, a detector), one cell per x step, a stepped one-hue ramp, marks and framed spans.
import { scaleLinear, type ScaleLinear } from 'd3';
import { useCallback, useMemo } from 'react';
import { AxisBottom } from './axes';
import { ChartFrame, frameProps, type FrameTextProps } from './ChartFrame';
import { MARGIN_BOTTOM, MARGIN_RIGHT, tickCount, type ChartSize } from './chart-layout';
import type { ChartTable, TableColumn } from './DataTable';
import { axisTitle, type Cell } from './format';
import type { LegendItem } from './Legend';
import { tintedColour, type SeriesColour } from './palette';
import { PlotArea } from './PlotArea';
import type { Domain } from './scales';
import type { ShadedSpan } from './series';

export interface HeatmapRow {
  id: string;
  label: string;
  /** Drawn in bold, e.g. the detector that pages someone. */
  emphasis?: boolean | undefined;
}

export interface HeatmapCell {
  /** Index into `levels`, weakest first. */
  level: number;
  /** A ring in the cell: a second, shape-based encoding (e.g. "flagged") that does not rely on colour. */
  mark?: boolean | undefined;
  /** The cell in the data table; defaults to the level's label (and the mark's). */
  text?: string | undefined;
}

export interface HeatmapProps extends Omit<FrameTextProps, 'height' | 'aspectRatio'> {
  rows: readonly HeatmapRow[];
  /** The x of each column of cells, in order (e.g. batch numbers); a cell is one x unit wide, centred on its x. */
  xs: readonly number[];
  /** cells[row][column]; null leaves the cell blank (no reading). */
  cells: readonly (readonly (HeatmapCell | null)[])[];
  /** Legend text of each level, weakest first; the colour gets stronger level by level. */
  levels: readonly string[];
  colour?: SeriesColour | undefined;
  /** Legend text of the ring mark; without it the legend leaves marks out. */
  markLabel?: string | undefined;
  xLabel: string;
  xUnit?: string | undefined;
  /** Fixed x domain, e.g. [0.5, runLength + 0.5], so the grid fills from the left as a run goes on. */
  xDomain?: Domain | undefined;
  xFormat?: ((value: number) => string) | undefined;
  /** Framed stretches of cells, `from`…`to` inclusive (e.g. "true drift"), labelled above the grid. */
  spans?: readonly ShadedSpan[] | undefined;
}

const NONE: readonly never[] = [];
const LABEL_CHAR_PX = 7.2;
const SPAN_ROOM = 22;
const round = (v: number) => Math.round(v * 10) / 10;

/** Strength of level `level` of `count`, in percent of the colour: faint but visible at 0, full at the top. */
export function levelTint(level: number, count: number): number {
  return count <= 1 ? 100 : Math.round(12 + (88 * Math.min(Math.max(level, 0), count - 1)) / (count - 1));
}

/** Row height: roomy for a handful of rows, tighter when there are dozens. */
export function heatmapRowHeight(rows: number): number {
  return rows <= 10 ? 22 : rows <= 20 ? 16 : 12;
}

/** Outer height of a heatmap with `rows` rows. */
export function heatmapHeight(rows: number, hasSpans: boolean): number {
  return (hasSpans ? SPAN_ROOM : 8) + Math.max(1, rows) * heatmapRowHeight(rows) + MARGIN_BOTTOM;
}

/** One path per level (all its cells) and one for the marks: a few elements whatever the number of cells. */
export function heatmapPaths(cells: HeatmapProps['cells'], xs: readonly number[], levelCount: number, x: ScaleLinear<number, number>, rowHeight: number): { levels: string[]; marks: string } {
  const levels = Array.from({ length: levelCount }, () => '');
  let marks = '';
  const width = Math.abs(x(1) - x(0));
  // A hairline between cells while they are wide enough to spare one.
  const inset = width >= 4 ? 0.5 : 0;
  // Rings shrink with the cells but stay visible (overlapping their neighbours a little) down to 2-px cells.
  const radius = Math.max(1.5, Math.min(width / 2 - 1, rowHeight / 2 - 2, 4));
  cells.forEach((row, r) => {
    const top = r * rowHeight + 1;
    row.forEach((cell, c) => {
      const at = xs[c];
      if (!cell || at === undefined || cell.level < 0 || cell.level >= levelCount) return;
      const left = round(x(at - 0.5) + inset);
      levels[cell.level] += `M${left},${top}h${round(width - 2 * inset)}v${rowHeight - 2}h${-round(width - 2 * inset)}Z`;
      if (cell.mark && width >= 2) {
        const cx = round(x(at) - radius);
        const cy = round(top + rowHeight / 2 - 1);
        marks += `M${cx},${cy}a${round(radius)},${round(radius)} 0 1,0 ${round(2 * radius)},0a${round(radius)},${round(radius)} 0 1,0 ${-round(2 * radius)},0`;
      }
    });
  });
  return { levels, marks };
}

/** The data table: one line per x, one column per row of the heatmap. */
export function heatmapTable({ rows, xs, cells, levels, markLabel, xLabel, xUnit, xFormat }: Pick<HeatmapProps, 'rows' | 'xs' | 'cells' | 'levels' | 'markLabel' | 'xLabel' | 'xUnit' | 'xFormat'>): ChartTable {
  const columns: TableColumn[] = [{ label: xLabel, unit: xUnit, format: xFormat }, ...rows.map((row) => ({ label: row.label }))];
  const text = (cell: HeatmapCell | null | undefined): Cell => {
    if (!cell) return null;
    if (cell.text !== undefined) return cell.text;
    const level = levels[cell.level] ?? '';
    return cell.mark && markLabel ? `${level}, ${markLabel}` : level;
  };
  return { columns, rows: xs.map((at, c) => [at, ...rows.map((_, r) => text(cells[r]?.[c]))]) };
}

const integerTick = (value: number) => (Number.isInteger(value) ? String(value) : '');

function HeatmapPlot({ size, props }: { size: ChartSize; props: HeatmapProps }) {
  const { rows, xs, cells, levels, colour = 'viz-1', spans = NONE } = props;
  const rowHeight = heatmapRowHeight(rows.length);
  const top = spans.length ? SPAN_ROOM : 8;
  const longest = rows.reduce((max, row) => Math.max(max, row.label.length), 0);
  const left = Math.max(36, Math.min(Math.round(size.width * 0.4), Math.ceil(longest * LABEL_CHAR_PX) + 12));
  const innerWidth = Math.max(1, size.width - left - MARGIN_RIGHT);
  const innerHeight = Math.max(1, rows.length) * rowHeight;
  const [d0, d1] = props.xDomain ?? (xs.length ? [xs[0]! - 0.5, xs[xs.length - 1]! + 0.5] : [0.5, 1.5]);
  const x = useMemo(() => scaleLinear().domain([d0, d1]).range([0, innerWidth]), [d0, d1, innerWidth]);
  // Whole steps only: ask for no more ticks than there are steps, so d3 never picks halves.
  const ticks = Math.max(2, Math.min(tickCount(innerWidth, 90), Math.floor(d1 - d0)));
  const paths = useMemo(() => heatmapPaths(cells, xs, levels.length, x, rowHeight), [cells, xs, levels.length, x, rowHeight]);
  return (
    <g transform={`translate(${left},${top})`}>
      <AxisBottom scale={x} tickCount={ticks} format={props.xFormat ?? integerTick} title={axisTitle(props.xLabel, props.xUnit)} gridLength={innerHeight} />
      {rows.map((row, r) => (
        <text key={row.id} className={row.emphasis ? 'chart-heatmap-label is-emphasis' : 'chart-heatmap-label'} x={-8} y={r * rowHeight + rowHeight / 2} dy="0.32em" textAnchor="end">
          {row.label}
        </text>
      ))}
      <PlotArea width={innerWidth} height={innerHeight} empty={xs.length === 0}>
        {paths.levels.map((d, level) => d && <path key={level} className="chart-heatmap-cells" data-level={level} d={d} style={{ fill: tintedColour(colour, levelTint(level, levels.length)) }} />)}
        {paths.marks && <path className="chart-heatmap-mark" d={paths.marks} />}
      </PlotArea>
      {spans.map((span) => {
        const from = Math.max(Math.min(span.from, span.to) - 0.5, d0);
        const to = Math.min(Math.max(span.from, span.to) + 0.5, d1);
        if (!(to > from)) return null;
        const flip = x(from) > innerWidth * 0.6;
        return (
          <g key={`${span.from}-${span.label}`} className="chart-heatmap-span">
            <rect x={x(from)} y={-3} width={x(to) - x(from)} height={innerHeight + 6} />
            <text x={flip ? x(to) : x(from)} y={-8} textAnchor={flip ? 'end' : 'start'}>
              {span.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function Heatmap(props: HeatmapProps) {
  const { rows, xs, cells, levels, colour = 'viz-1', markLabel, xLabel, xUnit, xFormat, spans = NONE } = props;
  const legend = useMemo((): LegendItem[] => {
    const items: LegendItem[] = levels.map((label, level) => ({ id: `level-${level}`, label, colour, style: 'cell', tint: levelTint(level, levels.length) }));
    if (markLabel) items.push({ id: 'mark', label: markLabel, colour, style: 'ring' });
    return items;
  }, [levels, colour, markLabel]);
  const table = useCallback(() => heatmapTable({ rows, xs, cells, levels, markLabel, xLabel, xUnit, xFormat }), [rows, xs, cells, levels, markLabel, xLabel, xUnit, xFormat]);
  return (
    <ChartFrame {...frameProps(props)} height={heatmapHeight(rows.length, spans.length > 0)} legend={legend} table={table} className="chart-heatmap">
      {(size) => <HeatmapPlot size={size} props={props} />}
    </ChartFrame>
  );
}
