// Says in the live region that a run stopped, and why, the moment the engine reports an error.
import { useEffect } from 'react';

export function useAnnounceError(run: { status: string; error?: string | undefined }, announce: (text: string) => void): void {
  useEffect(() => {
    if (run.status === 'error') announce(`The simulation stopped: ${run.error}`);
  }, [run.status, run.error, announce]);
}
