// The hashing trick: each word maps to one of `dims` buckets by FNV-1a, so new words need no new columns.
import { fnv1a32 } from '../hash';

// The world's vocabulary is a few hundred words, so caching every hash keeps featurizing cheap.
const hashCache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** The bucket in [0, dims) that `word` counts towards. Different words may share a bucket. */
export function bucketOf(word: string, dims: number): number {
  let hash = hashCache.get(word);
  if (hash === undefined) {
    hash = fnv1a32(word);
    if (hashCache.size < CACHE_LIMIT) hashCache.set(word, hash);
  }
  return hash % dims;
}
