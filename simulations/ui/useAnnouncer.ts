// Throttled screen-reader announcements: at most one message per interval, and the latest one wins.
import { useCallback, useEffect, useState } from 'react';

/** Long enough for a screen reader to finish a short sentence before the next one replaces it. */
export const ANNOUNCE_INTERVAL_MS = 1500;

export interface Announcer {
  /** The text to put in a `LiveRegion`. */
  message: string;
  /** Queue a message; while one was shown less than the interval ago, only the newest waits. */
  announce(message: string): void;
}

interface Throttle {
  push(message: string): void;
  stop(): void;
}

/**
 * The timing rule on its own: the first message is shown at once, then the gate stays closed for
 * `intervalMs`; messages arriving meanwhile overwrite each other, and when the gate reopens the
 * newest is shown (starting a new interval). A playing simulation therefore speaks every
 * `intervalMs` at most, always with its current state rather than a backlog.
 */
export function createThrottle(show: (message: string) => void, intervalMs: number): Throttle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  const close = () => {
    timer = setTimeout(() => {
      timer = undefined;
      if (pending === undefined) return;
      const next = pending;
      pending = undefined;
      show(next);
      close();
    }, intervalMs);
  };
  return {
    push(message) {
      if (timer === undefined) {
        show(message);
        close();
      } else {
        pending = message;
      }
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}

export function useAnnouncer(intervalMs: number = ANNOUNCE_INTERVAL_MS): Announcer {
  const [message, setMessage] = useState('');
  const [throttle] = useState(() =>
    createThrottle(
      // Screen readers stay silent when a live region's text does not change, so a repeated
      // message alternates a trailing no-break space to be read again.
      (text) => setMessage((shown) => (shown === text ? `${text}\u00a0` : text)),
      intervalMs,
    ),
  );
  useEffect(() => () => throttle.stop(), [throttle]);
  // Stable across renders so views can list it in effect dependencies.
  const announce = useCallback(
    (text: string) => {
      if (text.trim() !== '') throttle.push(text);
    },
    [throttle],
  );
  return { message, announce };
}
