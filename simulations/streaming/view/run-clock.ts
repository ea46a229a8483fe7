// Run-clock text for times in ms since the run started: "4:05" under an hour, "2:04:05" beyond.

export function formatClock(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  const text = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
  return negative ? `−${text}` : text;
}

/** A window as "2:00–4:00", with "P3 " in front for a session of partition 3 (shown 1-based). */
export function formatWindow(w: { start: number; end: number; partition: number | null }): string {
  const range = `${formatClock(w.start)}–${formatClock(w.end)}`;
  return w.partition === null ? range : `P${w.partition + 1} ${range}`;
}

/** A duration for people: "45 s", "3.5 min", "2.4 h". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1).replace(/\.0$/, '')} min`;
  return `${(ms / 3_600_000).toFixed(1).replace(/\.0$/, '')} h`;
}
