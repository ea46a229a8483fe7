// The data shapes charts accept: series with optional confidence bands, and annotations.
import type { SeriesColour } from './palette';

export interface Point {
  x: number;
  /** NaN (or any non-finite value) leaves a gap in the line. */
  y: number;
}

/** One x of a confidence band: the interval [lo, hi]. */
export interface BandPoint {
  x: number;
  lo: number;
  hi: number;
}

export interface LineSeries {
  /** Stable key; also used by tests. */
  id: string;
  /** Shown in the legend and as the data-table column header. */
  label: string;
  colour: SeriesColour;
  points: readonly Point[];
  /** A second encoding besides colour: use it when two series would otherwise differ only by hue. */
  dashed?: boolean;
  /** Confidence band, drawn under the line in the series colour at low opacity. */
  band?: readonly BandPoint[];
}

/** A vertical line at an x, e.g. "campaign starts" or "rollback". */
export interface VerticalMarker {
  x: number;
  label: string;
}

/** A horizontal line at a y, e.g. "threshold 0.95" or "SLO 99 %". */
export interface ReferenceLine {
  y: number;
  label: string;
}

/** How the line joins points: straight segments, or steps that hold a value until the next point (traffic weights). */
export type CurveKind = 'linear' | 'step';
