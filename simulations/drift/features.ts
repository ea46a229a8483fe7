// The columns the drift monitor watches: five numeric mail features, language, and optional unrelated extras.
import type { Language } from '../core/mail-world';

export interface FeatureInfo {
  /** Column name as exported (snake_case, like a warehouse column). */
  name: string;
  label: string;
  kind: 'numeric' | 'categorical';
  unit: string;
  /** Whether the spam model reads it (extras are only monitored). */
  modelInput: boolean;
}

/** The numeric mail features, in column order; `Rows.numeric[i]` holds column i. */
export const MAIL_NUMERIC: readonly FeatureInfo[] = [
  { name: 'length', label: 'Message length', kind: 'numeric', unit: 'words', modelInput: true },
  { name: 'links', label: 'Links', kind: 'numeric', unit: 'links', modelInput: true },
  { name: 'reputation', label: 'Sender reputation', kind: 'numeric', unit: '0–1', modelInput: true },
  { name: 'spam_words', label: 'Spam-word share', kind: 'numeric', unit: 'share of words read', modelInput: true },
  { name: 'hour', label: 'Hour of day', kind: 'numeric', unit: 'h', modelInput: true },
];

export const LANGUAGE_FEATURE: FeatureInfo = { name: 'language', label: 'Language', kind: 'categorical', unit: '', modelInput: true };

/** Index of each mail feature in `Rows.numeric`. */
export const COLUMN = { length: 0, links: 1, reputation: 2, spamWords: 3, hour: 4 } as const;

export const MAIL_NUMERIC_COUNT = MAIL_NUMERIC.length;

/** Extra column j (0-based) as the reader sees it: extra_01, extra_02, … */
export function extraFeature(j: number): FeatureInfo {
  const n = String(j + 1).padStart(2, '0');
  return { name: `extra_${n}`, label: `Extra column ${j + 1}`, kind: 'numeric', unit: '', modelInput: false };
}

/** Every monitored column in order: mail numerics, extras, then language. */
export function featureList(extras: number): FeatureInfo[] {
  return [...MAIL_NUMERIC, ...Array.from({ length: extras }, (_, j) => extraFeature(j)), LANGUAGE_FEATURE];
}

/** A block of rows, stored by column. */
export interface Rows {
  size: number;
  /** Mail numerics then extras, each of length `size`. */
  numeric: Float64Array[];
  language: Language[];
  /** True label: 1 = spam. */
  spam: Uint8Array;
  /** 1 where the row's reputation arrived empty (and was filled with 0). */
  reputationMissing: Uint8Array;
}

/** Rows `from`…`to − 1` as a new block (copies). */
export function sliceRows(rows: Rows, from: number, to: number): Rows {
  return {
    size: to - from,
    numeric: rows.numeric.map((column) => column.slice(from, to)),
    language: rows.language.slice(from, to),
    spam: rows.spam.slice(from, to),
    reputationMissing: rows.reputationMissing.slice(from, to),
  };
}

/** The blocks one after another. All must have the same number of numeric columns. */
export function concatRows(blocks: readonly Rows[]): Rows {
  const size = blocks.reduce((sum, block) => sum + block.size, 0);
  const columns = blocks[0]?.numeric.length ?? 0;
  const numeric = Array.from({ length: columns }, () => new Float64Array(size));
  const spam = new Uint8Array(size);
  const reputationMissing = new Uint8Array(size);
  const language: Language[] = [];
  let at = 0;
  for (const block of blocks) {
    if (block.numeric.length !== columns) throw new Error(`Cannot join blocks with ${columns} and ${block.numeric.length} numeric columns.`);
    block.numeric.forEach((column, c) => numeric[c]!.set(column, at));
    spam.set(block.spam, at);
    reputationMissing.set(block.reputationMissing, at);
    language.push(...block.language);
    at += block.size;
  }
  return { size, numeric, language, spam, reputationMissing };
}

/** The last `count` rows of the blocks taken in order (fewer if they hold fewer). */
export function lastRows(blocks: readonly Rows[], count: number): Rows {
  const kept: Rows[] = [];
  let need = count;
  for (let i = blocks.length - 1; i >= 0 && need > 0; i--) {
    const block = blocks[i]!;
    kept.unshift(block.size <= need ? block : sliceRows(block, block.size - need, block.size));
    need -= Math.min(need, block.size);
  }
  return concatRows(kept);
}

/** The rows at `indices`, in that order (copies). */
export function pickRows(rows: Rows, indices: ArrayLike<number>): Rows {
  const take = <T>(column: ArrayLike<T>) => Array.from({ length: indices.length }, (_, k) => column[indices[k]!]!);
  return {
    size: indices.length,
    numeric: rows.numeric.map((column) => Float64Array.from(take(column))),
    language: take(rows.language),
    spam: Uint8Array.from(take(rows.spam)),
    reputationMissing: Uint8Array.from(take(rows.reputationMissing)),
  };
}
