// A hook that turns a chart's size, domains and data extents into margins and memoised x/y scales.
import type { ScaleLinear } from 'd3';
import { useMemo } from 'react';
import { axisTicks } from './axes';
import { leftMargin, MARGIN_BOTTOM, MARGIN_RIGHT, MARGIN_TOP, tickCount, type ChartSize, type Margin } from './chart-layout';
import { fitScale, type Domain } from './scales';

export interface PlotLayoutInput {
  size: ChartSize;
  /** Fixed domain, used as given; otherwise the extent, rounded with nice(). */
  xDomain?: Domain | undefined;
  xExtent: Domain | undefined;
  yDomain?: Domain | undefined;
  yExtent: Domain | undefined;
  /** The y tick format decides how wide the left margin must be. */
  yFormat?: ((value: number) => string) | undefined;
}

export interface PlotLayout {
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTickCount: number;
  yTickCount: number;
}

// Roughly one tick per this many pixels: x labels are wider than they are tall.
const X_TICK_SPACING = 90;
const Y_TICK_SPACING = 48;

const asDomain = (lo: number | undefined, hi: number | undefined): Domain | undefined => (lo === undefined || hi === undefined ? undefined : [lo, hi]);

/**
 * Scales are memoised on the numbers inside the domains, not the arrays, so a caller passing
 * `yDomain={[0, 1]}` inline does not rebuild scales (and every path) on each frame.
 */
export function usePlotLayout({ size, xDomain, xExtent, yDomain, yExtent, yFormat }: PlotLayoutInput): PlotLayout {
  const innerHeight = Math.max(1, size.height - MARGIN_TOP - MARGIN_BOTTOM);
  const yTickCount = tickCount(innerHeight, Y_TICK_SPACING);
  const [yd0, yd1] = yDomain ?? [];
  const [ye0, ye1] = yExtent ?? [];
  const y = useMemo(() => fitScale(asDomain(yd0, yd1), asDomain(ye0, ye1), [innerHeight, 0], yTickCount), [yd0, yd1, ye0, ye1, innerHeight, yTickCount]);
  const left = leftMargin(axisTicks(y, yTickCount, yFormat).map((tick) => tick.label));
  const innerWidth = Math.max(1, size.width - left - MARGIN_RIGHT);
  const xTickCount = tickCount(innerWidth, X_TICK_SPACING);
  const [xd0, xd1] = xDomain ?? [];
  const [xe0, xe1] = xExtent ?? [];
  const x = useMemo(() => fitScale(asDomain(xd0, xd1), asDomain(xe0, xe1), [0, innerWidth], xTickCount), [xd0, xd1, xe0, xe1, innerWidth, xTickCount]);
  return { margin: { top: MARGIN_TOP, right: MARGIN_RIGHT, bottom: MARGIN_BOTTOM, left }, innerWidth, innerHeight, x, y, xTickCount, yTickCount };
}
