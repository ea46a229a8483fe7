// Simulated time as readers see it: "2:30" (minutes:seconds) in logs and sentences, minutes on chart axes.

/** "12:05" for 725 s: minutes and seconds since the rollout started. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds to the minutes an axis counts in. */
export const minutes = (seconds: number) => seconds / 60;
