// Pure classification metrics for the spam model: confusion counts, precision/recall, log loss, PR curve, cost.
//
// Conventions, chosen so the empty cases read as "nothing went wrong" and stay consistent with F1:
// - a message is flagged as spam when its probability is ≥ the threshold (NaN is never flagged);
// - precision with no flagged messages (tp + fp = 0) is 1: no false alarms were raised. This is also
//   where a PR curve starts (recall 0, precision 1), as in scikit-learn's precision_recall_curve;
// - recall with no spam present (tp + fn = 0) is 1: there was nothing to miss;
// - F1 = 2tp / (2tp + fp + fn), so it is 1 when there is neither spam nor a flag, 0 when one side is 0;
// - accuracy, log loss and expected cost of zero messages are NaN: there is no rate to report.
// Charts that would rather show a gap can test `tp + fp === 0` themselves.

/** Counts at one threshold. Positive = spam (label 1). */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Price of each mistake, in any unit (e.g. minutes of a user's time). */
export interface MistakeCosts {
  /** Ham sent to the spam folder. */
  falsePositive: number;
  /** Spam let into the inbox. */
  falseNegative: number;
}

export interface PrPoint {
  threshold: number;
  precision: number;
  recall: number;
}

function checkPairs(probabilities: ArrayLike<number>, labels: ArrayLike<number>): void {
  if (probabilities.length !== labels.length) {
    throw new Error(`Got ${probabilities.length} probabilities for ${labels.length} labels.`);
  }
  for (let i = 0; i < labels.length; i += 1) {
    if (labels[i] !== 0 && labels[i] !== 1) throw new Error(`Label ${i} is ${labels[i]}; labels must be 0 (ham) or 1 (spam).`);
  }
}

/** Confusion counts when messages with probability ≥ `threshold` are flagged as spam. */
export function confusionAt(probabilities: ArrayLike<number>, labels: ArrayLike<number>, threshold = 0.5): Confusion {
  checkPairs(probabilities, labels);
  const counts: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i += 1) {
    const flagged = (probabilities[i] as number) >= threshold;
    if (labels[i] === 1) counts[flagged ? 'tp' : 'fn'] += 1;
    else counts[flagged ? 'fp' : 'tn'] += 1;
  }
  return counts;
}

export const total = (c: Confusion): number => c.tp + c.fp + c.tn + c.fn;

/** Share of flagged messages that were spam; 1 when nothing was flagged (see header). */
export const precision = (c: Confusion): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));

/** Share of spam that was flagged; 1 when there was no spam (see header). */
export const recall = (c: Confusion): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

/** Share of messages classified correctly; NaN for no messages. */
export const accuracy = (c: Confusion): number => (c.tp + c.tn) / total(c);

/** Harmonic mean of precision and recall, via counts so 0/0 cases follow the header's conventions. */
export const f1 = (c: Confusion): number => {
  const denominator = 2 * c.tp + c.fp + c.fn;
  return denominator === 0 ? 1 : (2 * c.tp) / denominator;
};

/**
 * Mean binary cross-entropy in nats. Probabilities are clipped to [ε, 1 − ε] (Keras's ε = 1e-7) so one
 * confident mistake costs at most −ln ε ≈ 16.1 instead of Infinity, and float32 rounding to 0 or 1 is safe.
 */
export function logLoss(probabilities: ArrayLike<number>, labels: ArrayLike<number>, epsilon = 1e-7): number {
  checkPairs(probabilities, labels);
  let sum = 0;
  for (let i = 0; i < labels.length; i += 1) {
    const p = Math.min(1 - epsilon, Math.max(epsilon, probabilities[i] as number));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

/**
 * Precision and recall at each threshold, ordered from the highest threshold down, so recall never
 * decreases along the array. Without `thresholds`, every distinct probability is a threshold (the
 * exact curve); pass e.g. 101 evenly spaced values for a fixed-size chart.
 */
export function prCurve(probabilities: ArrayLike<number>, labels: ArrayLike<number>, thresholds?: readonly number[]): PrPoint[] {
  checkPairs(probabilities, labels);
  // NaN probabilities are never flagged, so they sort last and the sweep below never reaches them.
  const score = (i: number) => (Number.isNaN(probabilities[i]) ? -Infinity : (probabilities[i] as number));
  const order = Array.from({ length: labels.length }, (_, i) => i).sort((a, b) => score(b) - score(a));
  let positives = 0;
  for (let i = 0; i < labels.length; i += 1) positives += labels[i] as number;
  const cuts = thresholds
    ? [...thresholds].sort((a, b) => b - a)
    : [...new Set(order.map((i) => probabilities[i] as number).filter((p) => !Number.isNaN(p)))];

  const points: PrPoint[] = [];
  let tp = 0;
  let fp = 0;
  let next = 0;
  for (const threshold of cuts) {
    // One pass: each lower threshold only adds messages to the flagged set.
    while (next < order.length && (probabilities[order[next] as number] as number) >= threshold) {
      if (labels[order[next] as number] === 1) tp += 1;
      else fp += 1;
      next += 1;
    }
    const counts = { tp, fp, fn: positives - tp, tn: labels.length - positives - fp };
    points.push({ threshold, precision: precision(counts), recall: recall(counts) });
  }
  return points;
}

/** Expected cost per message: (fp·cost(FP) + fn·cost(FN)) / messages. NaN for no messages. */
export function expectedCost(c: Confusion, costs: MistakeCosts): number {
  return (c.fp * costs.falsePositive + c.fn * costs.falseNegative) / total(c);
}

/**
 * The threshold that minimises expected cost when probabilities are calibrated:
 * flag when p·cost(FN) ≥ (1 − p)·cost(FP), i.e. p ≥ cost(FP) / (cost(FP) + cost(FN)).
 */
export function costMinimisingThreshold(costs: MistakeCosts): number {
  return costs.falsePositive / (costs.falsePositive + costs.falseNegative);
}
