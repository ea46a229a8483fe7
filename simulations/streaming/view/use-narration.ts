// Live-region narration for a running stream: the shared narration hook, told how a stream advances and what to say.
import { NARRATION_INTERVAL_MS, useNarration as useSimNarration, type Narrator } from '../../host/use-narration';
import type { StreamingSnapshot } from '../snapshot';
import { describeChange } from './narration';

const narrator: Narrator<StreamingSnapshot> = {
  progress: (snapshot) => snapshot.now,
  // Nothing to say before the first event has been read.
  describe: (spoken, next) => (next.now > 0 ? describeChange(spoken, next) : null),
};

export const useNarration = (snapshot: StreamingSnapshot | undefined, announce: (text: string) => void, intervalMs: number = NARRATION_INTERVAL_MS): void =>
  useSimNarration(snapshot, announce, narrator, intervalMs);
