// The streaming simulation's param table, grouped for the settings panel.
import { boolParam, choiceParam, defineParams, intParam, numberParam, seedParam, type ParamValues } from '../core/params';

export const params = defineParams({
  // Events: how mail reaches the job.
  rate: intParam({ key: 'rate', label: 'Messages per minute', default: 30, min: 1, max: 120, unit: '/min', help: 'How much mail reaches Relay. Busy streams have their watermarks pushed along by fresh data; quiet ones wait.' }),
  partitions: intParam({ key: 'parts', label: 'Partitions', default: 4, min: 1, max: 8, unit: 'partitions', help: 'Partitions of the relay.messages topic. Each has its own delay and its own watermark; the job’s watermark is the slowest of them.' }),
  delayMedian: numberParam({ key: 'delay', label: 'Typical delay', default: 1, min: 0, max: 30, step: 0.1, unit: 's', help: 'Median time from a message being received (event time) to the job reading it (processing time).' }),
  delaySpread: numberParam({ key: 'spread', label: 'Delay spread', default: 0.5, min: 0, max: 1.5, step: 0.05, unit: '', help: 'How uneven delays are (the σ of a lognormal). 0 makes every delay equal; 1 makes one in twenty about five times the typical delay.' }),
  partitionLag: numberParam({ key: 'lag', label: 'Extra lag per partition', default: 1, min: 0, max: 10, step: 0.5, unit: 's', help: 'Partition 2 lags this much more than partition 1, partition 3 twice as much, and so on: consumers and brokers are never equally fast.' }),
  stragglers: numberParam({ key: 'strag', label: 'Stragglers', default: 0.01, min: 0, max: 0.2, step: 0.005, unit: '', help: 'Share of messages held up far longer than the rest (a phone that was offline, a retry queue).' }),
  stragglerDelay: intParam({ key: 'stragdelay', label: 'Straggler delay', default: 60, min: 10, max: 600, step: 5, unit: 's', help: 'Typical extra delay of a straggler; each one waits between half and one and a half times this.' }),
  idleAfter: intParam({ key: 'idle', label: 'Partition 1 goes quiet after', default: 0, min: 0, max: 600, unit: 'min', help: 'From this minute on partition 1 receives no messages (its producers went quiet). 0 keeps every partition busy.' }),
  // Windows, triggers and panes.
  window: choiceParam({
    key: 'win',
    label: 'Window',
    default: 'tumbling',
    options: [
      { value: 'tumbling', label: 'Tumbling (fixed, back to back)' },
      { value: 'sliding', label: 'Sliding (fixed, overlapping)' },
      { value: 'session', label: 'Session (per partition, closed by a gap)' },
    ],
    help: 'How events are grouped in event time. Sliding windows overlap, so one event counts in several; sessions end after a quiet gap.',
  }),
  windowSize: intParam({ key: 'size', label: 'Window size', default: 120, min: 10, max: 3600, step: 10, unit: 's', help: 'Length of a tumbling or sliding window in event time.' }),
  slide: intParam({ key: 'slide', label: 'Slide', default: 60, min: 10, max: 3600, step: 10, unit: 's', help: 'How far apart sliding windows start. Equal to the size, sliding windows are tumbling ones.' }),
  sessionGap: intParam({ key: 'gap', label: 'Session gap', default: 30, min: 5, max: 600, step: 5, unit: 's', help: 'A session closes after this long without a message on its partition.' }),
  earlyEvery: intParam({ key: 'early', label: 'Early results every', default: 0, min: 0, max: 300, step: 5, unit: 's', help: 'Emit a partial (early) result for each open window this often, in processing time. 0 waits for the watermark.' }),
  lateFirings: boolParam({ key: 'latefire', label: 'Update results for late data', default: true, help: 'Emit a corrected (late) result when late data within the allowed lateness arrives. Off, such data is dropped after the on-time result.' }),
  accumulation: choiceParam({
    key: 'acc',
    label: 'Panes',
    default: 'discarding',
    options: [
      { value: 'discarding', label: 'Discarding (each result counts only new data)' },
      { value: 'accumulating', label: 'Accumulating (each result restates the total)' },
    ],
    help: 'What each result of a window carries. Summing accumulating results downstream counts data twice.',
  }),
  // Watermark and lateness.
  watermark: choiceParam({
    key: 'wm',
    label: 'Watermark',
    default: 'heuristic',
    options: [
      { value: 'heuristic', label: 'Heuristic (bounded out-of-orderness)' },
      { value: 'perfect', label: 'Perfect (knows every message in flight)' },
    ],
    help: 'A heuristic watermark guesses how late data can be; a perfect one, impossible in practice, knows.',
  }),
  bound: numberParam({ key: 'bound', label: 'Out-of-orderness bound', default: 5, min: 0, max: 120, step: 0.5, unit: 's', help: 'The heuristic watermark trails the latest event time seen by this much. Too small and data arrives behind it (late); too large and every result waits.' }),
  idleTimeout: intParam({ key: 'idleto', label: 'Idleness timeout', default: 0, min: 0, max: 600, step: 5, unit: 's', help: 'A partition silent this long stops holding the watermark back. 0 never gives up on a silent partition.' }),
  allowedLateness: intParam({ key: 'lateness', label: 'Allowed lateness', default: 0, min: 0, max: 900, step: 5, unit: 's', help: 'How long after the watermark passes a window it still accepts late data. 0 is the default in Beam and Flink.' }),
  lateData: choiceParam({
    key: 'late',
    label: 'Too-late data',
    default: 'side-output',
    options: [
      { value: 'side-output', label: 'Send to a side output' },
      { value: 'drop', label: 'Drop silently' },
    ],
    help: 'Data later than the allowed lateness misses its window either way; a side output keeps it for a backfill or an alert.',
  }),
  // The batch path and the model.
  batchEvery: intParam({ key: 'batch', label: 'Batch job every', default: 15, min: 5, max: 1440, step: 5, unit: 'min', help: 'The batch job runs on this schedule over everything that has arrived with event time before the run: counts for finished windows, and a retrained model.' }),
  backfill: boolParam({ key: 'backfill', label: 'Backfill the previous period', default: false, help: 'Each batch run also recomputes the period before, picking up data that arrived after its first run.' }),
  campaignAt: intParam({ key: 'campaign', label: 'Spam campaign starts at', default: 0, min: 0, max: 1440, step: 5, unit: 'min', help: 'Minute at which a new spam campaign starts, with words the model has never seen. 0 means no campaign.' }),
  onlineRate: numberParam({ key: 'olr', label: 'Online learning rate', default: 0.1, min: 0.01, max: 3, step: 0.01, scale: 'log', help: 'Step size of the streaming model’s mini-batch update after each window.' }),
  // The run.
  duration: intParam({ key: 'dur', label: 'Run length', default: 30, min: 5, max: 1440, step: 5, unit: 'min', help: 'Processing time the run covers.' }),
  tick: intParam({ key: 'tick', label: 'Time per step', default: 5, min: 1, max: 600, unit: 's', help: 'Processing time one step advances. Watermarks and triggers still run every 200 ms inside a step.' }),
  seed: seedParam(),
});

export type StreamingParams = ParamValues<typeof params>;

/** How the settings panel groups the params. */
export const PARAM_GROUPS: readonly { title: string; names: readonly (keyof StreamingParams)[] }[] = [
  { title: 'Windows and results', names: ['window', 'windowSize', 'slide', 'sessionGap', 'earlyEvery', 'lateFirings', 'accumulation'] },
  { title: 'Watermark and lateness', names: ['watermark', 'bound', 'idleTimeout', 'allowedLateness', 'lateData'] },
  { title: 'Events', names: ['rate', 'partitions', 'delayMedian', 'delaySpread', 'partitionLag', 'stragglers', 'stragglerDelay', 'idleAfter'] },
  { title: 'Batch path and model', names: ['batchEvery', 'backfill', 'campaignAt', 'onlineRate'] },
  { title: 'Run', names: ['duration', 'tick', 'seed'] },
];
