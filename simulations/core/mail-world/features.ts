// Message → fixed-length numeric vector: hashed bag of words, scaled numeric fields, language one-hot.
import { bucketOf } from './hashing';
import type { Message } from './message';
import { LANGUAGES } from './vocabulary';

export const DEFAULT_HASH_DIMS = 64;
const NUMERIC_FEATURES = ['reputation', 'log_links', 'log_length'] as const;

/** Scales chosen so typical values land in [0, 1]: up to 20 links and 1,000 words. */
const LINKS_SCALE = Math.log1p(20);
const LENGTH_SCALE = Math.log(1000);

/** Vector length for `dims` hash buckets: buckets + 3 numeric features + one slot per language. */
export function featureCount(dims: number = DEFAULT_HASH_DIMS): number {
  return dims + NUMERIC_FEATURES.length + LANGUAGES.length;
}

/** Length of `featurize(message)` with the default 64 buckets (72). */
export const FEATURE_COUNT = featureCount(DEFAULT_HASH_DIMS);

/** Column names in vector order: word_00…word_63, reputation, log_links, log_length, lang_en…lang_pt. */
export function featureNames(dims: number = DEFAULT_HASH_DIMS): string[] {
  checkDims(dims);
  const width = String(dims - 1).length;
  return [
    ...Array.from({ length: dims }, (_, i) => `word_${String(i).padStart(width, '0')}`),
    ...NUMERIC_FEATURES,
    ...LANGUAGES.map((language) => `lang_${language}`),
  ];
}

/**
 * The classifier's view of a message. Buckets hold log1p(word count) — a word said five times is
 * not five times the evidence; reputation is as is; links are log1p(links)/log1p(20) and length
 * log(length)/log(1000), both ~[0, 1] (rare outliers slightly above 1).
 */
export function featurize(message: Message, dims: number = DEFAULT_HASH_DIMS): number[] {
  checkDims(dims);
  const vector = new Array<number>(featureCount(dims)).fill(0);
  writeFeatures(message, dims, vector, 0);
  return vector;
}

/** Row-major features for many messages at once: what a TF.js tensor2d wants, without nested arrays. */
export function featurizeBatch(messages: readonly Message[], dims: number = DEFAULT_HASH_DIMS): Float32Array {
  checkDims(dims);
  const width = featureCount(dims);
  const matrix = new Float32Array(messages.length * width);
  messages.forEach((message, row) => writeFeatures(message, dims, matrix, row * width));
  return matrix;
}

function writeFeatures(message: Message, dims: number, out: number[] | Float32Array, offset: number): void {
  for (const word of message.words) out[offset + bucketOf(word, dims)]! += 1;
  for (let i = 0; i < dims; i++) out[offset + i] = Math.log1p(out[offset + i]!);
  out[offset + dims] = message.reputation;
  out[offset + dims + 1] = Math.log1p(message.links) / LINKS_SCALE;
  out[offset + dims + 2] = Math.log(Math.max(1, message.length)) / LENGTH_SCALE;
  out[offset + dims + NUMERIC_FEATURES.length + LANGUAGES.indexOf(message.language)] = 1;
}

function checkDims(dims: number): void {
  if (!(Number.isInteger(dims) && dims >= 1)) throw new RangeError(`Feature dims must be a whole number ≥ 1, got ${dims}.`);
}
