// How likely v2 is to harm one user it answers, from its real error rate, latency and verdicts on the production pool.
import type { CanaryMail } from './mail-pool';
import { normalCdf } from './stats/normal';
import type { ServingVersion } from './versions';

/**
 * P(bad) for a request v2 answers: v2 gets it wrong (fails, replies over budget, or gives a wrong
 * verdict) where v1 would have got it right. The versions share each request's draws (one uniform
 * for errors, one normal for latency; see requests.ts), so for a message v1 classifies right this is
 * (1 − r₁)·Φ(z₁) − [v2 right]·(1 − max(r₁, r₂))·Φ(min(z₁, z₂)), with rᵢ the error rates and zᵢ the
 * standard-normal point where version i's latency reaches the budget; averaged over the pool, which
 * requests draw from uniformly.
 */
export function harmProbability(mail: CanaryMail, v1: ServingVersion, v2: ServingVersion, budgetMs: number): number {
  const { y } = mail.production;
  const rows = Array.from({ length: y.length }, (_, i) => i);
  const v1Scores = v1.score(rows);
  const v2Scores = v2.score(rows);
  const z1 = (Math.log(budgetMs) - v1.latency.mu) / v1.latency.sigma;
  const z2 = (Math.log(budgetMs) - v2.latency.mu) / v2.latency.sigma;
  const v1Ok = (1 - v1.errorRate) * normalCdf(z1);
  const bothOk = (1 - Math.max(v1.errorRate, v2.errorRate)) * normalCdf(Math.min(z1, z2));
  let total = 0;
  for (const row of rows) {
    const spam = y[row] === 1;
    if (v1Scores[row]! >= 0.5 !== spam) continue;
    total += v1Ok - (v2Scores[row]! >= 0.5 === spam ? bothOk : 0);
  }
  return total / rows.length;
}
