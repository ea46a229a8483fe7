// Live-region narration for a running drift monitor: the shared narration hook, told how a run advances and what to say.
import { NARRATION_INTERVAL_MS, useNarration as useSimNarration, type Narrator } from '../../host/use-narration';
import type { DriftSnapshot } from '../snapshot';
import { describeChange } from './narration';

const narrator: Narrator<DriftSnapshot> = { progress: (snapshot) => snapshot.batch, describe: describeChange };

export const useNarration = (snapshot: DriftSnapshot | undefined, announce: (text: string) => void, intervalMs: number = NARRATION_INTERVAL_MS): void =>
  useSimNarration(snapshot, announce, narrator, intervalMs);
