// Domains and linear scales: finite extents of the data, padding for a single value, nice() for auto domains.
import { scaleLinear, type ScaleLinear } from 'd3';

export type Domain = readonly [number, number];

/**
 * The [min, max] of the finite numbers `visit` adds, or undefined when there are none. A visitor
 * rather than an array lets a chart walk several series (and bands, and reference lines) without
 * copying thousands of points every frame.
 */
export function finiteExtent(visit: (add: (value: number) => void) => void): Domain | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  visit((value) => {
    if (!Number.isFinite(value)) return;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  });
  return lo <= hi ? [lo, hi] : undefined;
}

/** A zero-width domain (one point, or a flat line) cannot be scaled; widen it so the value sits mid-axis. */
export function spreadDomain([lo, hi]: Domain): Domain {
  if (lo !== hi) return [lo, hi];
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** The extent widened to include `value` (e.g. 0 for rates), or just `value` when there is no data yet. */
export function includeValue(extent: Domain | undefined, value: number): Domain {
  return extent ? [Math.min(extent[0], value), Math.max(extent[1], value)] : [value, value];
}

/**
 * A linear scale over `given` exactly, or over the data's `extent` rounded outwards with nice() so
 * the axis starts and ends on a tick. With neither (no data yet) the axis shows 0–1.
 */
export function fitScale(given: Domain | undefined, extent: Domain | undefined, range: Domain, ticks: number): ScaleLinear<number, number> {
  const scale = scaleLinear()
    .domain(given ? [given[0], given[1]] : spreadDomain(extent ?? [0, 1]))
    .range([range[0], range[1]]);
  return given ? scale : scale.nice(ticks);
}

/**
 * The data's extent widened to show every reference line (threshold, SLO). Before there is any
 * data, thresholds alone would give a needle-thin axis around them, so they are shown against 0.
 */
export function withReferences(data: Domain | undefined, references: readonly { y: number }[]): Domain | undefined {
  return finiteExtent((add) => {
    for (const r of references) add(r.y);
    if (data) {
      add(data[0]);
      add(data[1]);
    } else if (references.length > 0) add(0);
  });
}
