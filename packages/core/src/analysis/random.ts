import { hashText } from '@smartcities/data/hash';

/** A seeded source of uniform numbers; the same seed gives the same sequence in every runtime. */
export interface Random {
  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number;
  /** A uniform unsigned 32-bit integer. */
  uint32(): number;
  /** A uniform integer in [0, n) (n ≤ 2^32), as floor(uint32 · n / 2^32). */
  int(n: number): number;
}

const TWO_32 = 4294967296;

/**
 * A seeded generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state)
 * whose four state words come from splitmix32 of a 32-bit key. An integer seed in (-2^32, 2^32)
 * is the key itself (mod 2^32); any other number or a string is first hashed with `hashText`
 * (cyrb53) and its two halves folded. The first 12 outputs are discarded to mix the state. Only
 * 32-bit integer arithmetic (Math.imul, >>>) is used, so results are identical in Node, browsers
 * and edge runtimes. Not cryptographic.
 * @example createRandom(1).next() // always the same number in [0, 1)
 */
export function createRandom(seed: number | string): Random {
  const mix = splitmix32(keyOf(seed));
  let a = mix(),
    b = mix(),
    c = mix(),
    d = mix();
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) uint32();
  return { uint32, next: () => uint32() / TWO_32, int: (n) => Math.floor((uint32() * n) / TWO_32) };
}

/** The 32-bit key of a seed: small integers as they are, anything else through hashText. */
function keyOf(seed: number | string): number {
  if (typeof seed === 'number' && !Number.isFinite(seed))
    throw new RangeError(`a seed must be a finite number or a string, got ${seed}`);
  if (typeof seed === 'number' && Number.isInteger(seed) && Math.abs(seed) < TWO_32) return seed >>> 0;
  const hashed = parseInt(hashText(String(seed)), 36);
  return ((hashed % TWO_32) ^ Math.floor(hashed / TWO_32)) >>> 0;
}

/** splitmix32: a Weyl sequence (step 0x9e3779b9) through a multiply-xorshift finaliser. */
function splitmix32(key: number): () => number {
  let state = key | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state ^ (state >>> 16);
    z = Math.imul(z, 0x21f0aaad);
    z ^= z >>> 15;
    z = Math.imul(z, 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
  };
}
