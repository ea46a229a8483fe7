// Live-region narration for a running drift monitor: what changed since the last thing said, at most once every few seconds.
import { useEffect, useRef } from 'react';
import type { DriftSnapshot } from '../snapshot';
import { describeChange } from './narration';

/** Wall time between two announcements: a playing run speaks a summary of the last few batches, not every one. */
export const NARRATION_INTERVAL_MS = 3000;

/**
 * Compares each new snapshot with the one last announced (not merely the previous step), so alerts in
 * between are counted. Within the interval one timer waits and then describes the newest snapshot; a
 * restarted run (fewer batches than last said) starts from nothing.
 */
export function useNarration(snapshot: DriftSnapshot | undefined, announce: (text: string) => void, intervalMs: number = NARRATION_INTERVAL_MS): void {
  const spoken = useRef<DriftSnapshot | undefined>(undefined);
  const latest = useRef<DriftSnapshot | undefined>(undefined);
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!snapshot) return;
    latest.current = snapshot;
    if (spoken.current && spoken.current.batch > snapshot.batch) spoken.current = undefined;
    // A timer is already waiting: it will read the newest snapshot when it fires.
    if (timer.current !== undefined) return;
    const speak = () => {
      timer.current = undefined;
      const next = latest.current;
      const text = next ? describeChange(spoken.current, next) : null;
      if (!text || !next) return;
      announce(text);
      spoken.current = next;
      lastAt.current = Date.now();
    };
    const wait = lastAt.current + intervalMs - Date.now();
    if (wait <= 0) speak();
    else timer.current = setTimeout(speak, wait);
  }, [snapshot, announce, intervalMs]);
}
