// The streaming job's windowed count: assigns events to windows, fires early, on-time and late panes, frees state.
import type { EventFate, Pane, PaneTiming } from './snapshot';
import { assignWindows, windowKey, type WindowBounds, type WindowSpec } from './windows';

export interface OperatorConfig {
  windows: WindowSpec;
  allowedLatenessMs: number;
  accumulation: 'discarding' | 'accumulating';
  /** Emit early panes for open windows at every multiple of this processing time; 0 = never. */
  earlyEveryMs: number;
  /** Fire a late pane for late data within the allowed lateness; off, such data is dropped. */
  lateFirings: boolean;
}

export interface WindowState extends WindowBounds {
  key: string;
  /** Events the window accepted (on time or late). */
  counted: number;
  /** Events that arrived too late for this window. */
  missed: number;
  /** Accepted since the last pane. */
  pending: number;
  panes: Pane[];
  /** The on-time pane has fired (the watermark passed end − 1). */
  fired: boolean;
  /** State freed: the watermark passed end − 1 + allowed lateness. */
  closed: boolean;
}

export interface FiredPane extends Pane {
  window: WindowState;
}

export interface WindowOperator {
  /**
   * Reads one event at processing time `now` against the current job watermark and returns its fate:
   * the worst over the windows it belongs to (dropped > late > on-time).
   */
  add(eventTime: number, partition: number, watermark: number | null): EventFate;
  /** Timers at processing time `now` with the job watermark: fires due panes and frees expired state. */
  advance(now: number, watermark: number | null): FiredPane[];
  /** Every window seen so far, including closed ones, in creation order. */
  readonly windows: ReadonlyMap<string, WindowState>;
}

const FATE_RANK: Record<EventFate, number> = { 'on-time': 0, late: 1, dropped: 2 };
const worse = (a: EventFate, b: EventFate): EventFate => (FATE_RANK[b] > FATE_RANK[a] ? b : a);

export function createWindowOperator(config: OperatorConfig): WindowOperator {
  const windows = new Map<string, WindowState>();
  /** Open or fired windows still holding state; sessions are merged among these. */
  const live = new Set<WindowState>();
  const lateness = config.allowedLatenessMs;
  // Flink's rule: a window is late once end − 1 + allowed lateness ≤ watermark; its state is gone.
  const expired = (w: WindowBounds, wm: number | null) => wm !== null && w.end - 1 + lateness <= wm;
  const passed = (w: WindowBounds, wm: number | null) => wm !== null && w.end - 1 <= wm;

  const create = (bounds: WindowBounds): WindowState => {
    const state: WindowState = { ...bounds, key: windowKey(bounds), counted: 0, missed: 0, pending: 0, panes: [], fired: false, closed: false };
    windows.set(state.key, state);
    live.add(state);
    return state;
  };

  /** Merges a session proto-window with every live session of its partition that it touches. */
  const mergeSession = (proto: WindowBounds): WindowState => {
    const touching = [...live].filter((w) => w.partition === proto.partition && proto.start <= w.end && proto.end >= w.start);
    if (touching.length === 1 && touching[0]!.start <= proto.start && touching[0]!.end >= proto.end) return touching[0]!;
    const bounds = {
      start: Math.min(proto.start, ...touching.map((w) => w.start)),
      end: Math.max(proto.end, ...touching.map((w) => w.end)),
      partition: proto.partition,
    };
    const reusable = windows.get(windowKey(bounds));
    const merged = reusable && live.has(reusable) ? reusable : create(bounds);
    for (const old of touching) {
      if (old === merged) continue;
      merged.counted += old.counted;
      merged.missed += old.missed;
      merged.pending += old.pending;
      merged.panes.push(...old.panes);
      live.delete(old);
      windows.delete(old.key);
    }
    merged.panes.sort((a, b) => a.firedAt - b.firedAt);
    merged.fired = touching.length > 0 && touching.every((w) => w.fired) && merged.end <= Math.max(...touching.map((w) => w.end));
    return merged;
  };

  /** The live window an event goes into, or null (and a miss recorded) when its window has expired. */
  const accept = (bounds: WindowBounds, watermark: number | null): WindowState | null => {
    if (bounds.partition !== null) {
      const touches = [...live].some((w) => w.partition === bounds.partition && bounds.start <= w.end && bounds.end >= w.start);
      if (touches || !expired(bounds, watermark)) return mergeSession(bounds);
    } else {
      const existing = windows.get(windowKey(bounds));
      if (existing && !existing.closed) return existing;
      if (!existing && !expired(bounds, watermark)) return create(bounds);
    }
    const record = windows.get(windowKey(bounds)) ?? create(bounds);
    record.missed += 1;
    record.fired = true;
    record.closed = true;
    live.delete(record);
    return null;
  };

  const fire = (w: WindowState, timing: PaneTiming, now: number, watermark: number | null): FiredPane => {
    const value = config.accumulation === 'discarding' ? w.pending : w.counted;
    const pane: Pane = { timing, value, firedAt: now, windowEnd: w.end, watermark };
    w.panes.push(pane);
    w.pending = 0;
    return { ...pane, window: w };
  };

  return {
    windows,
    add(eventTime, partition, watermark) {
      let fate: EventFate = 'on-time';
      for (const bounds of assignWindows(eventTime, partition, config.windows)) {
        const target = accept(bounds, watermark);
        if (!target) {
          fate = worse(fate, 'dropped');
          continue;
        }
        // A window the watermark already passed takes the event as late data (its on-time moment is gone).
        if (passed(target, watermark)) target.fired = true;
        if (target.fired && !config.lateFirings) {
          target.missed += 1;
          fate = worse(fate, 'dropped');
          continue;
        }
        if (target.fired) fate = worse(fate, 'late');
        target.counted += 1;
        target.pending += 1;
      }
      return fate;
    },
    advance(now, watermark) {
      const fired: FiredPane[] = [];
      const early = config.earlyEveryMs > 0 && now % config.earlyEveryMs === 0;
      for (const w of live) {
        if (watermark === null) {
          if (early && w.pending > 0) fired.push(fire(w, 'early', now, null));
          continue;
        }
        if (!w.fired && passed(w, watermark)) {
          fired.push(fire(w, 'on-time', now, watermark));
          w.fired = true;
        } else if (w.fired && w.pending > 0) fired.push(fire(w, 'late', now, watermark));
        else if (!w.fired && early && w.pending > 0) fired.push(fire(w, 'early', now, watermark));
        if (w.fired && expired(w, watermark)) {
          w.closed = true;
          live.delete(w);
        }
      }
      return fired;
    },
  };
}
