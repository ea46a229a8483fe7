// The daily rhythm of mail: a smooth wave from a night-time trough to a midday peak and back.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface DailyCycle {
  peakHour: number;
  troughHour: number;
  /** Hour of day at time 0. */
  startHour: number;
}

/**
 * Shape of the day at `time` (ms since run start), from −1 at the trough to +1 at the peak.
 * Rising and falling halves are separate half-cosines, so the peak and trough need not be 12 h
 * apart (busiest 13:00, quietest 04:00); each half averages 0, so the mean rate over a day is
 * exactly the configured mean.
 */
export function dailyShape(cycle: DailyCycle, time: number): number {
  const hour = (((cycle.startHour + time / HOUR_MS) % 24) + 24) % 24;
  const rising = (((cycle.peakHour - cycle.troughHour) % 24) + 24) % 24;
  const sinceTrough = (((hour - cycle.troughHour) % 24) + 24) % 24;
  if (sinceTrough <= rising) return -Math.cos((Math.PI * sinceTrough) / rising);
  return Math.cos((Math.PI * (sinceTrough - rising)) / (24 - rising));
}
