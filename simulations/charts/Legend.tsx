// The legend: an HTML list of swatches (line style or marker shape) and labels, so it wraps and reads as text.
import { colourVar, tintedColour, type SeriesColour } from './palette';

/**
 * What a swatch draws, matching the mark in the chart: a line (solid or dashed), a filled bar (solid or dashed
 * outline), a point, a heatmap cell (the colour at `tint` strength) or a heatmap mark (a ring in the text colour).
 */
export type SwatchStyle = 'solid' | 'dashed' | 'area' | 'area-dashed' | 'circle' | 'square' | 'triangle' | 'cell' | 'ring';

export interface LegendItem {
  id: string;
  label: string;
  colour: SeriesColour;
  style?: SwatchStyle | undefined;
  /** For 'cell': how much of the colour is mixed into the background, in percent (default 100). */
  tint?: number | undefined;
}

function Swatch({ colour, style = 'solid', tint = 100 }: { colour: SeriesColour; style?: SwatchStyle | undefined; tint?: number | undefined }) {
  const paint = colourVar(colour);
  return (
    <svg className="chart-swatch" width={28} height={14} viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {(style === 'area' || style === 'area-dashed') && (
        <rect x={4} y={1} width={20} height={12} style={{ fill: paint, stroke: paint }} fillOpacity={0.35} strokeWidth={1.5} strokeDasharray={style === 'area-dashed' ? '5 3' : undefined} />
      )}
      {style === 'cell' && <rect className="chart-swatch-cell" x={7} y={0} width={14} height={14} style={{ fill: tintedColour(colour, tint) }} />}
      {style === 'ring' && <circle className="chart-heatmap-mark" cx={14} cy={7} r={4} />}
      {style === 'circle' && <circle cx={14} cy={7} r={4} style={{ fill: paint }} />}
      {style === 'square' && <rect x={10} y={3} width={8} height={8} style={{ fill: paint }} />}
      {style === 'triangle' && <path d="M14,1.5L19.5,11.5H8.5Z" style={{ fill: paint }} />}
      {(style === 'solid' || style === 'dashed') && (
        <line x1={1} x2={27} y1={7} y2={7} style={{ stroke: paint }} strokeWidth={3} strokeDasharray={style === 'dashed' ? '6 3' : undefined} />
      )}
    </svg>
  );
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.id}>
          <Swatch colour={item.colour} style={item.style} tint={item.tint} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
