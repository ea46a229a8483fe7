// What the canary run says in its live region: the rollout's new decisions, and the first labelled quality of each version.
import type { Narrator } from '../../host/use-narration';
import type { CanarySnapshot } from '../snapshot';
import { clock } from './time-format';

/** Decisions outrank weight changes, which outrank single measurements: a few seconds of run are told in one sentence. */
const RANK = { promote: 4, abort: 4, pause: 3, resume: 3, 'set-weight': 2, start: 1, analysis: 1 } as const;

export const canaryNarrator: Narrator<CanarySnapshot> = {
  progress: (snapshot) => snapshot.nowS,
  describe(spoken, next) {
    const fresh = next.events.slice(spoken?.events.length ?? 0);
    const parts: string[] = [];
    const top = [...fresh].sort((a, b) => RANK[b.kind] - RANK[a.kind] || b.atS - a.atS)[0];
    if (top) parts.push(`${clock(top.atS)}: ${top.message}${fresh.length > 1 ? ` (${fresh.length} events)` : ''}.`);
    const labelled = (s: CanarySnapshot | undefined) => s?.intervals.filter((interval) => interval.v2Quality?.caught != null).length ?? 0;
    if (labelled(spoken) === 0 && labelled(next) > 0) {
      const first = next.intervals.find((interval) => interval.v2Quality?.caught != null)!;
      parts.push(`First labels in: up to ${clock(first.endS)} v2 caught ${Math.round(first.v2Quality!.caught! * 100)} % of spam, v1 ${Math.round((first.v1Quality?.caught ?? 0) * 100)} %.`);
    }
    if (spoken && next.harmed > spoken.harmed && (top?.kind === 'abort' || top?.kind === 'promote')) parts.push(`v2 has harmed ${next.harmed.toLocaleString('en')} users so far.`);
    return parts.length ? parts.join(' ') : null;
  },
};
