// Model freshness: one spam model retrained by the batch job, one updated online per window, both serving live mail.
import { featureCount, featurizeBatch, type MailWorld, type Message } from '../core/mail-world';
import { createRng, randomSeedFrom } from '../core/rng';
import { createSpamModel, type SpamModel } from '../core/spam-model';
import { confusionAt, precision, recall, type Confusion } from '../core/spam-model/metrics';
import { fitScaler } from '../core/spam-model/scaler';
import type { Tf } from '../core/tf';
import type { FreshnessPoint, ModelSide } from './snapshot';

/** Yesterday's labelled mail, which both models start from. */
export const HISTORY_SIZE = 3000;
const BATCH_EPOCHS = 6;
const BATCH_SIZE = 128;
const BATCH_LEARNING_RATE = 0.3;
const ONLINE_BATCH_SIZE = 32;
const THRESHOLD = 0.5;

export interface LabelledEvent {
  id: number;
  eventTime: number;
  arrival: number;
  message: Message;
}

export interface Freshness {
  /** Scores messages as they arrive with both models as they are now; results count in the arrival's interval. */
  serve(events: readonly LabelledEvent[]): void;
  /** One online pass over newly windowed messages, as of processing time `now`. */
  learnOnline(events: readonly LabelledEvent[], now: number): void;
  /** Retrains the batch model from scratch on history plus `events` (everything before the cut-off that had arrived). */
  retrainBatch(events: readonly LabelledEvent[], now: number): void;
  /** Intervals that ended by `now`, with precision and recall of each model. */
  points(now: number): FreshnessPoint[];
  side(which: 'batch' | 'streaming'): ModelSide;
  dispose(): void;
}

interface SideState {
  cost: number;
  latencySum: number;
  latencyCount: number;
  updates: number[];
}

export function createFreshness(tf: Tf, world: MailWorld, seed: number, onlineRate: number, evalEveryMs: number): Freshness {
  const columns = featureCount();
  const rng = createRng(seed).fork('freshness');
  const history = world.sample(HISTORY_SIZE, { stream: 'history' });
  const rawHistory = featurizeBatch(history);
  const scale = fitScaler(rawHistory, columns);
  const historyX = scale(rawHistory);
  const historyY = history.map((m) => (m.spam ? 1 : 0));
  const rows = new Map<number, Float32Array>();
  const rowOf = (event: LabelledEvent) => {
    let row = rows.get(event.id);
    if (!row) rows.set(event.id, (row = scale(featurizeBatch([event.message]))));
    return row;
  };
  const gather = (events: readonly LabelledEvent[]) => {
    const x = new Float32Array(events.length * columns);
    events.forEach((e, i) => x.set(rowOf(e), i * columns));
    return { x, y: events.map((e) => (e.message.spam ? 1 : 0)) };
  };

  const trainBatchModel = (x: Float32Array, y: number[]) => {
    const model = createSpamModel(tf, { kind: 'logistic', inputDim: columns, learningRate: BATCH_LEARNING_RATE, seed: randomSeedFrom(rng) });
    for (let epoch = 0; epoch < BATCH_EPOCHS; epoch++) model.trainEpoch(x, y, { batchSize: BATCH_SIZE, seed: randomSeedFrom(rng) });
    return model;
  };
  let batchModel: SpamModel = trainBatchModel(historyX, historyY);
  const onlineModel = createSpamModel(tf, { kind: 'logistic', inputDim: columns, learningRate: onlineRate, seed: randomSeedFrom(rng) });
  onlineModel.setWeights(batchModel.getWeights());

  const sides: Record<'batch' | 'streaming', SideState> = {
    batch: { cost: 0, latencySum: 0, latencyCount: 0, updates: [] },
    streaming: { cost: 0, latencySum: 0, latencyCount: 0, updates: [] },
  };
  const trainedInBatch = new Set<number>();
  const buckets = new Map<number, { batch: Confusion; streaming: Confusion; messages: number; spam: number }>();
  const add = (a: Confusion, b: Confusion): Confusion => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn });
  const empty = (): Confusion => ({ tp: 0, fp: 0, tn: 0, fn: 0 });

  return {
    serve(events) {
      if (events.length === 0) return;
      const { x, y } = gather(events);
      const batchScores = batchModel.predict(x);
      const onlineScores = onlineModel.predict(x);
      events.forEach((event, i) => {
        const index = Math.floor(event.arrival / evalEveryMs);
        const bucket = buckets.get(index) ?? { batch: empty(), streaming: empty(), messages: 0, spam: 0 };
        bucket.batch = add(bucket.batch, confusionAt([batchScores[i]!], [y[i]!], THRESHOLD));
        bucket.streaming = add(bucket.streaming, confusionAt([onlineScores[i]!], [y[i]!], THRESHOLD));
        bucket.messages += 1;
        bucket.spam += y[i]!;
        buckets.set(index, bucket);
      });
    },
    learnOnline(events, now) {
      if (events.length === 0) return;
      const { x, y } = gather(events);
      onlineModel.trainEpoch(x, y, { batchSize: ONLINE_BATCH_SIZE, seed: randomSeedFrom(rng) });
      record(sides.streaming, events, now, events.length);
    },
    retrainBatch(events, now) {
      const { x, y } = gather(events);
      const all = new Float32Array(historyX.length + x.length);
      all.set(historyX);
      all.set(x, historyX.length);
      const next = trainBatchModel(all, [...historyY, ...y]);
      batchModel.dispose();
      batchModel = next;
      const fresh = events.filter((e) => !trainedInBatch.has(e.id));
      for (const e of fresh) trainedInBatch.add(e.id);
      record(sides.batch, fresh, now, (HISTORY_SIZE + events.length) * BATCH_EPOCHS);
    },
    points(now) {
      return [...buckets.entries()]
        .filter(([index]) => (index + 1) * evalEveryMs <= now)
        .sort(([a], [b]) => a - b)
        .map(([index, b]) => ({
          t: (index + 1) * evalEveryMs,
          batch: { precision: precision(b.batch), recall: recall(b.batch) },
          streaming: { precision: precision(b.streaming), recall: recall(b.streaming) },
          messages: b.messages,
          spam: b.spam,
        }));
    },
    side(which) {
      const s = sides[which];
      return { cost: s.cost, latency: s.latencyCount ? s.latencySum / s.latencyCount : null, updates: s.updates.slice() };
    },
    dispose() {
      batchModel.dispose();
      onlineModel.dispose();
    },
  };
}

function record(side: SideState, events: readonly LabelledEvent[], now: number, cost: number) {
  side.cost += cost;
  side.updates.push(now);
  for (const e of events) {
    side.latencySum += now - e.eventTime;
    side.latencyCount += 1;
  }
}
