// Hour of day a message arrives, drawn from the mail world's daily cycle by inverting its cumulative distribution.
import { HOUR_MS, MINUTE_MS } from '../core/mail-world';
import { dailyShape } from '../core/mail-world/daily-cycle';
import type { Rng } from '../core/rng';

/** The mail world's default rhythm: busiest at 13:00, quietest at 04:00, peak rate 1.6 × the mean. */
export const DEFAULT_PEAK_HOUR = 13;
const TROUGH_HOUR = 4;
const AMPLITUDE = 0.6;
const MINUTES = 24 * 60;

/** cumulative[m] = share of a day's mail arriving before minute m (m = 0…1440), per peak hour. */
const tables = new Map<number, Float64Array>();
/** A slider can ask for many peak hours; a few tables are plenty. */
const MAX_TABLES = 16;

function cumulativeFor(peakHour: number): Float64Array {
  let table = tables.get(peakHour);
  if (table) return table;
  table = new Float64Array(MINUTES + 1);
  const cycle = { peakHour, troughHour: TROUGH_HOUR, startHour: 0 };
  for (let m = 0; m < MINUTES; m++) {
    const rate = 1 + AMPLITUDE * dailyShape(cycle, m * MINUTE_MS + MINUTE_MS / 2);
    table[m + 1] = table[m]! + rate;
  }
  const total = table[MINUTES]!;
  for (let m = 0; m <= MINUTES; m++) table[m]! /= total;
  if (tables.size >= MAX_TABLES) tables.delete(tables.keys().next().value!);
  tables.set(peakHour, table);
  return table;
}

/**
 * A sampler of arrival hours in [0, 24): the rate is 1 + 0.6 × the daily shape, constant within
 * each minute, so one uniform draw maps to one hour by inverting the cumulative share.
 */
export function hourSampler(peakHour = DEFAULT_PEAK_HOUR): (rng: Rng) => number {
  if (!(peakHour >= 0 && peakHour < 24) || peakHour === TROUGH_HOUR) throw new RangeError(`Peak hour must be in [0, 24) and not ${TROUGH_HOUR}, got ${peakHour}.`);
  const table = cumulativeFor(peakHour);
  return (rng) => {
    const u = rng.next();
    let low = 0;
    let high = MINUTES;
    // Find the minute m with table[m] ≤ u < table[m + 1].
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (table[mid]! <= u) low = mid;
      else high = mid;
    }
    const within = (u - table[low]!) / (table[low + 1]! - table[low]!);
    return ((low + within) * MINUTE_MS) / HOUR_MS;
  };
}
