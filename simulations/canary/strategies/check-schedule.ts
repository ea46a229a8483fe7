// A fixed watch period with a health check every interval (shadow, blue-green): when the next check is due and which window it covers.

export interface CheckSchedule {
  readonly started: boolean;
  /** Starts the watch period at `nowS`; the first check is due one interval later (or at its end). */
  start(nowS: number): void;
  /** Moves on after the check at `nowS`; true when that check ended the period. */
  checked(nowS: number): boolean;
  /** 0 before the start (so the controller starts at the first `advance`), then the next check. */
  dueAt(): number;
  window(): { fromS: number; toS: number };
}

export function createCheckSchedule(intervalS: number, durationS: number): CheckSchedule {
  let started = false;
  let endS = 0;
  let fromS = 0;
  let nextS = 0;
  const from = (nowS: number) => {
    fromS = nowS;
    nextS = Math.min(nowS + intervalS, endS);
  };
  return {
    get started() {
      return started;
    },
    start(nowS) {
      started = true;
      endS = nowS + durationS;
      from(nowS);
    },
    checked(nowS) {
      from(nowS);
      return nowS >= endS;
    },
    dueAt: () => (started ? nextS : 0),
    window: () => ({ fromS, toS: nextS }),
  };
}
