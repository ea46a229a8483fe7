// The two model versions being served: each a TF.js spam classifier with its own training data, latency and error rate, per v2 variant.
import { randomSeedFrom, type Rng } from '../core/rng';
import { createSpamModel, type SpamModel } from '../core/spam-model';
import { fitScaler } from '../core/spam-model/scaler';
import type { Tf } from '../core/tf';
import { missingReputation, WIDTH, type CanaryMail, type MailSet } from './mail-pool';
import type { Variant } from './params';
import { lognormalFromMedianAndTail, type LognormalParams } from './stats/lognormal-latency';

/** v1's serving profile, inside Relay's 50 ms p99 budget: 12 ms median, 30 ms p99, one request in a thousand fails. */
export const V1_LATENCY = lognormalFromMedianAndTail(12, 30);
export const V1_ERROR_RATE = 0.001;
/** The slow v2 takes three times as long at every quantile. */
export const SLOW_FACTOR = 3;
/** The subtly worse v2 was trained on labels where a pipeline bug turned this share of spam into ham. */
export const WORSE_LABEL_BUG = 0.15;
/** The segment regression: v2's serving path looks sender reputation up under a new key that German senders' domains lack, and fills in 0. */
export const BROKEN_SEGMENT = 'de';

// As in the drift sim: Adam for ten epochs reaches close to the maximum-likelihood fit on a few thousand rows.
const EPOCHS = 10;
const BATCH_SIZE = 128;
const LEARNING_RATE = 0.05;

export interface ServingVersion {
  readonly name: 'v1' | 'v2';
  readonly latency: LognormalParams;
  readonly errorRate: number;
  /** P(spam) for the production messages at these indices, computed by the TF.js model. */
  score(rows: ArrayLike<number>): number[];
  dispose(): void;
}

interface TrainedModel {
  model: SpamModel;
  /** The production pool, featurized as this version's pipeline does it and scaled by its training scaler. */
  pool: Float32Array;
}

function train(tf: Tf, x: Float32Array, y: ArrayLike<number>, production: Float32Array, rng: Rng): TrainedModel {
  const scale = fitScaler(x, WIDTH);
  const model = createSpamModel(tf, { kind: 'logistic', inputDim: WIDTH, learningRate: LEARNING_RATE, optimizer: 'adam', seed: randomSeedFrom(rng) });
  try {
    const scaled = scale(x);
    const labels = Array.from(y);
    for (let epoch = 0; epoch < EPOCHS; epoch++) model.trainEpoch(scaled, labels, { batchSize: BATCH_SIZE, seed: randomSeedFrom(rng) });
  } catch (error) {
    model.dispose();
    throw error;
  }
  return { model, pool: scale(production) };
}

function serving(name: 'v1' | 'v2', trained: TrainedModel, latency: LognormalParams, errorRate: number, owns: boolean): ServingVersion {
  return {
    name,
    latency,
    errorRate,
    score(rows) {
      const x = new Float32Array(rows.length * WIDTH);
      for (let i = 0; i < rows.length; i++) x.set(trained.pool.subarray(rows[i]! * WIDTH, (rows[i]! + 1) * WIDTH), i * WIDTH);
      return rows.length === 0 ? [] : trained.model.predict(x);
    },
    dispose: () => {
      if (owns) trained.model.dispose();
    },
  };
}

function joined<T extends Float32Array | Uint8Array>(a: T, b: T): T {
  const out = new (a.constructor as new (length: number) => T)(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const concat = (a: MailSet, b: MailSet) => ({ x: joined(a.x, b.x), y: joined(a.y, b.y) });

/** Spam labels a buggy pipeline turned into ham: each spam row flips with probability `share`. */
function buggyLabels(y: Uint8Array, share: number, rng: Rng): Uint8Array {
  return y.map((label) => (label === 1 && rng.bernoulli(share) ? 0 : label));
}

/** v1, trained before the campaign, and v2 as `variant` says. Every model is trained here, once, from `rng`. */
export function buildVersions(tf: Tf, mail: CanaryMail, variant: Variant, brokenErrorRate: number, rng: Rng): { v1: ServingVersion; v2: ServingVersion } {
  const production = mail.production.x;
  const v1Model = train(tf, mail.before.x, mail.before.y, production, rng.fork('v1'));
  const v1 = serving('v1', v1Model, V1_LATENCY, V1_ERROR_RATE, true);
  if (variant === 'same') return { v1, v2: serving('v2', v1Model, V1_LATENCY, V1_ERROR_RATE, false) };
  try {
    const retrained = concat(mail.before, mail.campaign);
    // Subtly worse: a retrain on the old data whose label join lost a third of the spam labels.
    // Segment: trained like the better model, but served with reputation 0 for German senders (training–serving skew).
    const v2Model =
      variant === 'worse'
        ? train(tf, mail.before.x, buggyLabels(mail.before.y, WORSE_LABEL_BUG, rng.fork('label-bug')), production, rng.fork('v2'))
        : train(tf, retrained.x, retrained.y, variant === 'segment' ? missingReputation(mail.production, BROKEN_SEGMENT) : production, rng.fork('v2'));
    const latency = variant === 'slow' ? { mu: V1_LATENCY.mu + Math.log(SLOW_FACTOR), sigma: V1_LATENCY.sigma } : V1_LATENCY;
    return { v1, v2: serving('v2', v2Model, latency, variant === 'broken' ? brokenErrorRate : V1_ERROR_RATE, true) };
  } catch (error) {
    v1.dispose();
    throw error;
  }
}
