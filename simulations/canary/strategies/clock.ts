// Simulated time as a controller sees it: calls must carry finite times that never go backwards.

/** The last time a controller was called; `tick` rejects a time earlier than that. */
export interface ControllerClock {
  readonly lastS: number;
  tick(nowS: number): void;
}

export function createClock(): ControllerClock {
  let lastS = -Infinity;
  return {
    get lastS() {
      return lastS;
    },
    tick(nowS) {
      if (!Number.isFinite(nowS)) throw new RangeError(`Simulated time must be a finite number of seconds, got ${nowS}.`);
      if (nowS < lastS) throw new RangeError(`Simulated time went backwards: called at ${nowS} s after a call at ${lastS} s.`);
      lastS = nowS;
    },
  };
}
