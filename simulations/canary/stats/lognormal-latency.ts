// Lognormal request latency set by the two numbers an SRE quotes: the median and the p99.
import { normalCdf, normalQuantile } from './normal';

/** Latency = exp(N(mu, sigma)): e^mu is the median, sigma the spread of log-latency. Pass both to `rng.lognormal(mu, sigma)`. */
export interface LognormalParams {
  mu: number;
  sigma: number;
}

/**
 * The lognormal whose median and `level`-quantile (default 0.99, the p99) are the given values:
 * mu = ln(median), sigma = ln(p99 / median) / z₀.₉₉ with z₀.₉₉ = Φ⁻¹(0.99) ≈ 2.3263. A median of
 * 200 ms and a p99 of 500 ms give sigma ≈ 0.394. The tail value must exceed the median, since a
 * lognormal's upper quantiles always do.
 */
export function lognormalFromMedianAndTail(medianMs: number, tailMs: number, level = 0.99): LognormalParams {
  if (!(medianMs > 0) || !Number.isFinite(medianMs)) throw new RangeError(`The median latency must be a finite number > 0, got ${medianMs}.`);
  if (!(level > 0.5 && level < 1)) throw new RangeError(`The tail quantile level must be strictly between 0.5 and 1, got ${level}.`);
  if (!(tailMs > medianMs) || !Number.isFinite(tailMs)) {
    throw new RangeError(`The p${Math.round(level * 1000) / 10} latency (${tailMs}) must be finite and above the median (${medianMs}).`);
  }
  return { mu: Math.log(medianMs), sigma: Math.log(tailMs / medianMs) / normalQuantile(level) };
}

/** The latency below which a fraction `p` of requests fall: exp(mu + sigma · Φ⁻¹(p)). `lognormalQuantile(params, 0.99)` is the p99. */
export function lognormalQuantile({ mu, sigma }: LognormalParams, p: number): number {
  return Math.exp(mu + sigma * normalQuantile(p));
}

/** The fraction of requests at or below `latencyMs`, e.g. how many meet a 500 ms SLO. */
export function lognormalCdf({ mu, sigma }: LognormalParams, latencyMs: number): number {
  if (latencyMs <= 0) return 0;
  return normalCdf((Math.log(latencyMs) - mu) / sigma);
}

/** The mean latency exp(mu + sigma²/2): above the median, because the long right tail pulls it up. */
export function lognormalMean({ mu, sigma }: LognormalParams): number {
  return Math.exp(mu + (sigma * sigma) / 2);
}
