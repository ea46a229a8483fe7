// Pointer tooltip for line charts: a guide line at the nearest x and each series' value there.
import { bisectCenter, type ScaleLinear } from 'd3';
import { useMemo, useState, type PointerEvent } from 'react';
import { formatNumber } from './format';
import { colourVar } from './palette';
import type { LineSeries } from './series';

interface HoverReadoutProps {
  series: readonly LineSeries[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  xLabel: string;
  xFormat?: ((value: number) => string) | undefined;
  yFormat?: ((value: number) => string) | undefined;
}

const LINE_HEIGHT = 16;
const CHAR_WIDTH = 7;

/** The distinct finite x values across all series, sorted: the positions a readout can snap to. */
export function readoutPositions(series: readonly LineSeries[]): number[] {
  const xs = new Set<number>();
  for (const s of series) for (const p of s.points) if (Number.isFinite(p.x) && Number.isFinite(p.y)) xs.add(p.x);
  return [...xs].sort((a, b) => a - b);
}

/** Mouse and touch readout. Keyboard and screen-reader users get the same numbers from "Show data". */
export function HoverReadout({ series, x, y, width, height, xLabel, xFormat = formatNumber, yFormat = formatNumber }: HoverReadoutProps) {
  const positions = useMemo(() => readoutPositions(series), [series]);
  const [at, setAt] = useState<number | null>(null);
  const move = (event: PointerEvent<SVGRectElement>) => {
    if (positions.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    // The SVG may be scaled by CSS; convert the pointer to plot units first.
    const px = box.width > 0 ? ((event.clientX - box.left) * width) / box.width : event.clientX;
    setAt(positions[bisectCenter(positions, x.invert(px))] ?? null);
  };
  const rows = at === null ? [] : series.flatMap((s) => {
    const point = s.points.find((p) => p.x === at && Number.isFinite(p.y));
    return point ? [{ id: s.id, label: `${s.label}: ${yFormat(point.y)}`, colour: s.colour, cy: y(point.y) }] : [];
  });
  const title = at === null ? '' : `${xLabel} ${xFormat(at)}`;
  const boxWidth = Math.max(title.length, ...rows.map((r) => r.label.length)) * CHAR_WIDTH + 16;
  const boxHeight = (rows.length + 1) * LINE_HEIGHT + 8;
  const cx = at === null ? 0 : x(at);
  const left = cx + 10 + boxWidth > width ? cx - 10 - boxWidth : cx + 10;
  return (
    <g className="chart-readout">
      <rect width={width} height={height} fill="transparent" onPointerMove={move} onPointerLeave={() => setAt(null)} data-testid="readout-target" />
      {at !== null && rows.length > 0 && (
        <g pointerEvents="none">
          <line x1={cx} x2={cx} y1={0} y2={height} className="chart-readout-guide" />
          {rows.map((r) => (
            <circle key={r.id} cx={cx} cy={r.cy} r={3.5} style={{ fill: colourVar(r.colour) }} />
          ))}
          <rect x={left} y={4} width={boxWidth} height={boxHeight} rx={4} className="chart-readout-box" />
          <text x={left + 8} y={4 + LINE_HEIGHT} className="chart-readout-title">{title}</text>
          {rows.map((r, i) => (
            <text key={r.id} x={left + 8} y={4 + LINE_HEIGHT * (i + 2)} className="chart-readout-text">{r.label}</text>
          ))}
        </g>
      )}
    </g>
  );
}
