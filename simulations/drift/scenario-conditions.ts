// What each scenario does to the mail of one batch: the knobs the row generator turns, from the drift start on.
import { DEFAULT_PEAK_HOUR } from './hour-of-day';
import type { DriftParams, DriftScenario } from './params';

/** The mail world's share of spam, in training and in production until something changes it. */
export const BASE_SPAM_SHARE = 0.3;

export interface BatchConditions {
  /** Probability that a message is spam (before any relabelling). */
  spamShare: number;
  /** Message lengths are multiplied by this (1 = unchanged). */
  lengthFactor: number;
  /** Share of ham rows that are really spam from a campaign that mimics ham: same inputs, label flipped. */
  mimicShare: number;
  /** Hour of the busiest arrivals. */
  peakHour: number;
  /** Share of rows whose reputation the broken upstream mangles. */
  brokenShare: number;
  fault: DriftParams['fault'];
  /** 0…1: how strongly hour of day is tied to message length (0 = independent, as in training). */
  pairing: number;
}

export type ScenarioSettings = Pick<DriftParams, 'scenario' | 'driftStrength' | 'driftStart' | 'fault'>;

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Batch 1 is a Monday; batch b is day (b − 1) mod 7. */
export const weekdayOf = (batch: number): number => (((batch - 1) % 7) + 7) % 7;
export const isWeekend = (weekday: number): boolean => weekday >= 5;

const NORMAL: Omit<BatchConditions, 'fault'> = { spamShare: BASE_SPAM_SHARE, lengthFactor: 1, mimicShare: 0, peakHour: DEFAULT_PEAK_HOUR, brokenShare: 0, pairing: 0 };

/** Scenarios whose change counts as drift (seasonality is a repeating pattern the reference already covers). */
const DRIFTING: ReadonlySet<DriftScenario> = new Set(['covariate', 'prior', 'concept', 'broken-feature', 'butterfly']);

/** True when batch `batch` carries drift: a drifting scenario, at or after the drift start, with strength > 0. */
export function driftActive(settings: ScenarioSettings, batch: number): boolean {
  return DRIFTING.has(settings.scenario) && settings.driftStrength > 0 && batch >= settings.driftStart;
}

/**
 * The conditions of production batch `batch` (1-based). Each scenario maps strength s ∈ [0, 1]
 * to one change: covariate → lengths × (1 + s); prior → spam share 0.3 + 0.6 s; concept → 0.4 s of
 * ham is relabelled spam; broken-feature → share s of rows have the fault; butterfly → pairing
 * 0.95 s. Seasonality is on every batch: weekends get 0.3 s more spam and a peak 4 s hours later.
 */
export function batchConditions(settings: ScenarioSettings, batch: number): BatchConditions {
  const s = settings.driftStrength;
  const base = { ...NORMAL, fault: settings.fault };
  if (settings.scenario === 'seasonality') return weekdayConditions(settings, weekdayOf(batch));
  if (!driftActive(settings, batch)) return base;
  switch (settings.scenario) {
    case 'covariate':
      return { ...base, lengthFactor: 1 + s };
    case 'prior':
      return { ...base, spamShare: BASE_SPAM_SHARE + 0.6 * s };
    case 'concept':
      return { ...base, mimicShare: 0.4 * s };
    case 'broken-feature':
      return { ...base, brokenShare: s };
    case 'butterfly':
      return { ...base, pairing: 0.95 * s };
    default:
      return base;
  }
}

/** Conditions of a day of the week (0 = Monday) in the seasonality scenario; other scenarios ignore the weekday. */
export function weekdayConditions(settings: ScenarioSettings, weekday: number): BatchConditions {
  const base = { ...NORMAL, fault: settings.fault };
  if (settings.scenario !== 'seasonality' || !isWeekend(weekday)) return base;
  const s = settings.driftStrength;
  return { ...base, spamShare: BASE_SPAM_SHARE + 0.3 * s, peakHour: DEFAULT_PEAK_HOUR + 4 * s };
}
