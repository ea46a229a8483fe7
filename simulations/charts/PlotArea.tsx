// The plot's drawing area: clips marks to the axes (without ids, so output stays deterministic) and shows "No data yet".
import type { ReactNode } from 'react';

// Marks may spill this far past the axes so a line on the boundary is not cut in half.
const BLEED = 4;

interface PlotAreaProps {
  width: number;
  height: number;
  /** True when there is nothing to draw yet; shows a muted note instead of an empty grid that looks broken. */
  empty: boolean;
  children?: ReactNode;
}

/**
 * A nested <svg> clips its content like a clipPath would, but needs no id — ids from a counter
 * would differ between renders and between server and client.
 */
export function PlotArea({ width, height, empty, children }: PlotAreaProps) {
  return (
    <>
      <svg className="chart-plot" x={-BLEED} y={-BLEED} width={width + 2 * BLEED} height={height + 2 * BLEED} overflow="hidden">
        <g transform={`translate(${BLEED},${BLEED})`}>{children}</g>
      </svg>
      {empty && (
        <text className="chart-empty" x={width / 2} y={height / 2} textAnchor="middle" dominantBaseline="middle">
          No data yet
        </text>
      )}
    </>
  );
}
