// Seconds as a Go-style duration string ("90s", "1m", "2h"): the form Argo Rollouts, Flagger and PromQL range selectors all read.

/**
 * A whole number of seconds in the largest unit that divides it exactly: 60 → "1m", 90 → "90s",
 * 7200 → "2h". One unit only, so the text is valid for Go's time.ParseDuration (Argo Rollouts'
 * `interval`, `initialDelay`, `pause.duration`; Flagger's `interval`) and for a PromQL range such as `[90s]`.
 */
export function goDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 1) throw new RangeError(`A duration must be a whole number of seconds ≥ 1, got ${seconds}.`);
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
