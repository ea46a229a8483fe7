// Window assignment in event time: tumbling, sliding and session windows, and their keys.

export type WindowKind = 'tumbling' | 'sliding' | 'session';

export interface WindowSpec {
  kind: WindowKind;
  sizeMs: number;
  slideMs: number;
  gapMs: number;
}

export interface WindowBounds {
  start: number;
  /** Exclusive: a window [start, end) holds event times start ≤ t < end; its last instant is end − 1. */
  end: number;
  /** Partition of a session (sessions are per partition); null otherwise. */
  partition: number | null;
}

export const windowKey = (w: WindowBounds): string => (w.partition === null ? `${w.start}-${w.end}` : `p${w.partition}:${w.start}-${w.end}`);

/**
 * The windows an event belongs to. Tumbling: one, aligned to the epoch. Sliding: every window of
 * `size` starting at a multiple of `slide` that contains it. Session: the proto-window
 * [t, t + gap) on its partition, which the operator merges with overlapping sessions.
 */
export function assignWindows(eventTime: number, partition: number, spec: WindowSpec): WindowBounds[] {
  switch (spec.kind) {
    case 'tumbling': {
      const start = Math.floor(eventTime / spec.sizeMs) * spec.sizeMs;
      return [{ start, end: start + spec.sizeMs, partition: null }];
    }
    case 'sliding': {
      const windows: WindowBounds[] = [];
      const lastStart = Math.floor(eventTime / spec.slideMs) * spec.slideMs;
      for (let start = lastStart; start > eventTime - spec.sizeMs; start -= spec.slideMs) windows.push({ start, end: start + spec.sizeMs, partition: null });
      return windows.reverse();
    }
    case 'session':
      return [{ start: eventTime, end: eventTime + spec.gapMs, partition }];
  }
}

/** Windows whose end falls in (from, to], for the batch job: fixed windows by enumeration. */
export function fixedWindowsEndingIn(from: number, to: number, spec: WindowSpec): WindowBounds[] {
  if (spec.kind === 'session') throw new Error('fixedWindowsEndingIn: sessions depend on the data; use sessionize.');
  const step = spec.kind === 'tumbling' ? spec.sizeMs : spec.slideMs;
  const size = spec.sizeMs;
  const windows: WindowBounds[] = [];
  // Ends are k × step + size; keep from < end ≤ to (and end > 0: earlier windows hold no events).
  const first = Math.floor((Math.max(from, 0) - size) / step) + 1;
  const last = Math.floor((to - size) / step);
  for (let k = first; k <= last; k++) windows.push({ start: k * step, end: k * step + size, partition: null });
  return windows;
}

/** Sessions of one partition from its event times (sorted ascending): a new session after a gap ≥ gapMs. */
export function sessionize(eventTimes: readonly number[], partition: number, gapMs: number): (WindowBounds & { count: number })[] {
  const sessions: (WindowBounds & { count: number })[] = [];
  for (const t of eventTimes) {
    const last = sessions.at(-1);
    // Same rule as merging proto-windows [t, t + gap): they touch or overlap.
    if (last && t <= last.end) {
      last.end = Math.max(last.end, t + gapMs);
      last.count += 1;
    } else sessions.push({ start: t, end: t + gapMs, partition, count: 1 });
  }
  return sessions;
}
