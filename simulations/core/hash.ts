// Small deterministic hashes: FNV-1a for strings (stream labels, words) and a 32-bit mixer for seeds.

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a of a string, as an unsigned integer. Hashes UTF-16 code units rather than
 * UTF-8 bytes: identical to the reference for ASCII, and stable for accented words either way.
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser. Neighbouring inputs (seed 42 vs 43) come out unrelated,
 * which a linear congruential generator on its own does not give for its first draws.
 */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
