// The data shapes charts accept: series with optional confidence bands, and annotations.
import type { SeriesColour } from './palette';
import type { Domain } from './scales';

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

/** A shaded stretch of x, e.g. "labels not yet arrived" or "true drift window"; `from` ≤ `to`. */
export interface ShadedSpan {
  from: number;
  to: number;
  label: string;
}

/** A horizontal line at a y, e.g. "threshold 0.95" or "SLO 99 %". */
export interface ReferenceLine {
  y: number;
  label: string;
}

/** How the line joins points: straight segments, or steps that hold a value until the next point (traffic weights). */
export type CurveKind = 'linear' | 'step';

/** Axis and annotation props shared by the x/y charts (line and scatter). */
export interface XYAxesProps {
  /** Axis titles; the unit is added in brackets: xLabel "Time", xUnit "min" → "Time (min)". */
  xLabel: string;
  xUnit?: string | undefined;
  yLabel: string;
  yUnit?: string | undefined;
  /** Fixed domains; when left out, the data's extent rounded to nice ticks. */
  xDomain?: Domain | undefined;
  yDomain?: Domain | undefined;
  xFormat?: ((value: number) => string) | undefined;
  yFormat?: ((value: number) => string) | undefined;
  /** Vertical event lines; those outside the x domain are not drawn. */
  markers?: readonly VerticalMarker[] | undefined;
  /** Horizontal thresholds; they widen an automatic y domain so they stay visible. */
  references?: readonly ReferenceLine[] | undefined;
  /** 'step' holds each value until the next point (traffic weight over time). */
  curve?: CurveKind | undefined;
}
