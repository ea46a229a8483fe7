// What the canary view draws: traffic weights over time, per-interval health and (late) quality per version, judge scores, harm and the decision log.
import type { MetricResult } from './judge/metric-classifier';
import type { ControllerEvent, ControllerPhase } from './strategies/controller';

/** Traffic shares (percent) from `atS` until the next point. */
export interface WeightPoint {
  atS: number;
  stable: number;
  canary: number;
  baseline: number;
  mirror: number;
}

/** One version's health over one chart interval, with 95 % intervals. */
export interface HealthPoint {
  requests: number;
  errorRate: number | null;
  errorLow: number | null;
  errorHigh: number | null;
  p99Ms: number | null;
  p99Low: number | null;
  p99High: number | null;
}

/** One version's spam-catch quality over one chart interval, known only once its labels have arrived. */
export interface QualityPoint {
  spam: number;
  /** Share of spam caught (recall); null with no spam served. */
  caught: number | null;
  /** Share of German mail (the segment the segment regression breaks) given the right verdict; null with none served. */
  segmentRight: number | null;
}

export interface IntervalPoint {
  /** The interval is [endS − interval, endS). */
  endS: number;
  v1: HealthPoint;
  v2: HealthPoint;
  /** Null until now ≥ endS + label delay. */
  v1Quality: QualityPoint | null;
  v2Quality: QualityPoint | null;
}

export interface JudgePoint {
  atS: number;
  score: number | null;
  verdict: 'pass' | 'marginal' | 'fail' | 'insufficient-data';
  reason: string;
  metrics: MetricResult[];
}

export interface CanarySnapshot {
  nowS: number;
  durationS: number;
  intervalS: number;
  labelDelayS: number;
  phase: ControllerPhase;
  weights: WeightPoint[];
  intervals: IntervalPoint[];
  judge: JudgePoint[];
  events: ControllerEvent[];
  /** Requests v2 answered for users (not mirrored copies), and those it harmed. */
  exposed: number;
  harmed: number;
  /** Σ canary weight × request rate × Δt × P(bad): the expected harm from the version's true error, slowness and wrong verdicts. */
  expectedHarm: number;
  /** When the rollout ended (promoted or rolled back), or null while it runs. */
  decidedAtS: number | null;
  tensors: number;
}
