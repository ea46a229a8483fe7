// Turning monitored rows into model inputs: the mail world's scalings for numerics, one-hot language.
import { LANGUAGES } from '../core/mail-world';
import { COLUMN, MAIL_NUMERIC_COUNT, type Rows } from './features';

/** Scales as in the mail world's featurizer: up to 20 links and 1,000 words land in about [0, 1]. */
const LINKS_SCALE = Math.log1p(20);
const LENGTH_SCALE = Math.log(1000);

/** Spam-model inputs per row: the five mail numerics (scaled) and one slot per language. */
export const MODEL_INPUTS = MAIL_NUMERIC_COUNT + LANGUAGES.length;

/** The mail numerics as the models read them: log length, log links, reputation, spam-word share, hour / 24. */
export function scaledMailColumns(rows: Rows): Float64Array[] {
  const { numeric } = rows;
  const map = (column: number, f: (x: number) => number) => numeric[column]!.map(f);
  return [
    map(COLUMN.length, (x) => Math.log(Math.max(1, x)) / LENGTH_SCALE),
    map(COLUMN.links, (x) => Math.log1p(Math.max(0, x)) / LINKS_SCALE),
    map(COLUMN.reputation, (x) => x),
    map(COLUMN.spamWords, (x) => x),
    map(COLUMN.hour, (x) => x / 24),
  ];
}

/** One 0/1 column per language, in LANGUAGES order. */
export function languageColumns(rows: Rows): Float64Array[] {
  return LANGUAGES.map((language) => Float64Array.from(rows.language, (value) => (value === language ? 1 : 0)));
}

/** Row-major [size × MODEL_INPUTS] float32 matrix of the spam model's raw (unstandardised) inputs. */
export function modelInputs(rows: Rows): Float32Array {
  return rowMajor([...scaledMailColumns(rows), ...languageColumns(rows)], rows.size);
}

/** Packs columns into one row-major float32 matrix, as TF.js wants it. */
export function rowMajor(columns: readonly Float64Array[], size: number): Float32Array {
  const width = columns.length;
  const out = new Float32Array(size * width);
  columns.forEach((column, c) => {
    for (let r = 0; r < size; r++) out[r * width + c] = column[r]!;
  });
  return out;
}
