// "Download run" rows: one per analysis interval with each version's health and labelled quality, and the weights at its end.
import type { TraceRow } from '../../core/export';
import type { CanarySnapshot, HealthPoint, QualityPoint } from '../snapshot';

const health = (prefix: string, h: HealthPoint) => ({ [`${prefix}_requests`]: h.requests, [`${prefix}_error_rate`]: h.errorRate, [`${prefix}_p99_ms`]: h.p99Ms });
const quality = (prefix: string, q: QualityPoint | null) => ({ [`${prefix}_spam_caught`]: q?.caught ?? null, [`${prefix}_german_right`]: q?.segmentRight ?? null });

export function exportRows(snapshot: Pick<CanarySnapshot, 'intervals' | 'weights'>): TraceRow[] {
  return snapshot.intervals.map((interval) => {
    const weights = snapshot.weights.filter((point) => point.atS < interval.endS).at(-1);
    return {
      end_s: interval.endS,
      canary_weight: weights?.canary ?? 0,
      baseline_weight: weights?.baseline ?? 0,
      mirror_percent: weights?.mirror ?? 0,
      ...health('v1', interval.v1),
      ...health('v2', interval.v2),
      ...quality('v1', interval.v1Quality),
      ...quality('v2', interval.v2Quality),
    };
  });
}
