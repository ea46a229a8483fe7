// The rollout in numbers: where it stands, how many users v2 answered, and how many it harmed (the blast radius).
import type { CanarySnapshot } from '../snapshot';
import { clock } from './time-format';

const PHASES = { progressing: 'in progress', paused: 'paused, waiting for a human', promoted: 'v2 promoted', aborted: 'rolled back to v1' } as const;

export function HarmCounters({ snapshot }: { snapshot: Pick<CanarySnapshot, 'phase' | 'nowS' | 'exposed' | 'harmed' | 'expectedHarm' | 'decidedAtS'> }) {
  const { phase, nowS, exposed, harmed, expectedHarm, decidedAtS } = snapshot;
  const rows: [string, string][] = [
    ['Time', clock(nowS)],
    ['Rollout', decidedAtS === null ? PHASES[phase] : `${PHASES[phase]} at ${clock(decidedAtS)}`],
    ['Users answered by v2', exposed.toLocaleString('en')],
    ['Users harmed by v2', harmed.toLocaleString('en')],
    ['Expected harm, Σ weight × rate × Δt × P(bad)', Math.round(expectedHarm).toLocaleString('en')],
  ];
  return (
    <dl className="canary-counters" aria-label="Rollout in numbers">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
