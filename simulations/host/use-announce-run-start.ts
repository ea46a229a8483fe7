// Announces the first step of each run, so a <Predict> above the embed reveals its answer then.
import { useEffect, useRef, type RefObject } from 'react';
import { announceRun } from './announce-run';

/** `progress` is 0 (or absent) before a run starts and after a reset, and positive once the run has stepped. */
export function useAnnounceRunStart(container: RefObject<Element | null>, id: string, progress: number | undefined): void {
  const started = useRef(false);
  useEffect(() => {
    if (progress === undefined) return;
    if (progress === 0) started.current = false;
    else if (!started.current) {
      started.current = true;
      announceRun(container.current, id);
    }
  }, [container, id, progress]);
}
