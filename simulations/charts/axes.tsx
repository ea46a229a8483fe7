// Bottom and left axes drawn by React from a d3 scale's ticks, with gridlines and a titled unit.
import type { ScaleLinear } from 'd3';

export interface Tick {
  value: number;
  /** Position along the axis in pixels. */
  offset: number;
  label: string;
}

/** The ticks a scale suggests, positioned and labelled (with `format`, or the scale's own precision-aware format). */
export function axisTicks(scale: ScaleLinear<number, number>, count: number, format?: ((value: number) => string) | undefined): Tick[] {
  const label = format ?? scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, offset: scale(value), label: label(value) }));
}

interface AxisProps {
  scale: ScaleLinear<number, number>;
  /** Ticks to ask the scale for (a hint; d3 picks round values near it). */
  tickCount: number;
  format?: ((value: number) => string) | undefined;
  /** Axis title with its unit, e.g. "Time (min)"; see `axisTitle`. */
  title: string;
  /** Length of the gridlines: the plot's height for the x axis, its width for the y axis. */
  gridLength: number;
}

const TICK_SIZE = 5;

/** The x axis along the bottom of a plot of height `gridLength`; place it inside the plot's translated group. */
export function AxisBottom({ scale, tickCount, format, title, gridLength }: AxisProps) {
  const ticks = axisTicks(scale, tickCount, format);
  const [start = 0, end = 0] = scale.range();
  return (
    <g className="chart-axis chart-axis-x" transform={`translate(0,${gridLength})`}>
      <g className="chart-grid">
        {ticks.map((tick) => (
          <line key={tick.value} x1={tick.offset} x2={tick.offset} y1={0} y2={-gridLength} />
        ))}
      </g>
      <line className="chart-axis-line" x1={start} x2={end} />
      {ticks.map((tick) => (
        <g key={tick.value} className="chart-tick" transform={`translate(${tick.offset},0)`}>
          <line y2={TICK_SIZE} />
          <text y={TICK_SIZE + 3} dy="0.71em" textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-title" x={(start + end) / 2} y={38} textAnchor="middle">
        {title}
      </text>
    </g>
  );
}

/** The y axis on the left of a plot of width `gridLength`, with its title above the plot's top-left corner. */
export function AxisLeft({ scale, tickCount, format, title, gridLength, marginLeft }: AxisProps & { marginLeft: number }) {
  const ticks = axisTicks(scale, tickCount, format);
  const [bottom = 0, top = 0] = scale.range();
  return (
    <g className="chart-axis chart-axis-y">
      <g className="chart-grid">
        {ticks.map((tick) => (
          <line key={tick.value} x1={0} x2={gridLength} y1={tick.offset} y2={tick.offset} />
        ))}
      </g>
      <line className="chart-axis-line" y1={bottom} y2={top} />
      {ticks.map((tick) => (
        <g key={tick.value} className="chart-tick" transform={`translate(0,${tick.offset})`}>
          <line x2={-TICK_SIZE} />
          <text x={-TICK_SIZE - 3} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis-title" x={-marginLeft} y={Math.min(bottom, top) - 14} textAnchor="start">
        {title}
      </text>
    </g>
  );
}
