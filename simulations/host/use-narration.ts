// Live-region narration for a running simulation: what changed since the last thing said, at most once every few seconds.
import { useEffect, useRef } from 'react';

/** Wall time between two announcements: a playing run speaks a summary of the last few steps, not every one. */
export const NARRATION_INTERVAL_MS = 3000;

/** How one simulation narrates: how far its run has got, and what changed between two snapshots. */
export interface Narrator<S> {
  /** Grows as the run advances (simulated time, batch number); going backwards means a restarted run. */
  progress(snapshot: S): number;
  /** A sentence for what changed since `spoken` (undefined: nothing said yet), or null when nothing did. */
  describe(spoken: S | undefined, next: S): string | null;
}

/**
 * Compares each new snapshot with the one last announced (not merely the previous step), so nothing that
 * happened in between is lost, and speaks only when something happened. Within the interval one timer waits
 * and then describes the newest snapshot; a restarted run starts from nothing. `narrator` must be stable.
 */
export function useNarration<S>(snapshot: S | undefined, announce: (text: string) => void, narrator: Narrator<S>, intervalMs: number = NARRATION_INTERVAL_MS): void {
  const spoken = useRef<S | undefined>(undefined);
  const latest = useRef<S | undefined>(undefined);
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!snapshot) return;
    latest.current = snapshot;
    if (spoken.current && narrator.progress(spoken.current) > narrator.progress(snapshot)) spoken.current = undefined;
    // A timer is already waiting: it will read the newest snapshot when it fires.
    if (timer.current !== undefined) return;
    const speak = () => {
      timer.current = undefined;
      const next = latest.current;
      const text = next ? narrator.describe(spoken.current, next) : null;
      if (!text || !next) return;
      announce(text);
      spoken.current = next;
      lastAt.current = Date.now();
    };
    const wait = lastAt.current + intervalMs - Date.now();
    if (wait <= 0) speak();
    else timer.current = setTimeout(speak, wait);
  }, [snapshot, announce, narrator, intervalMs]);
}
