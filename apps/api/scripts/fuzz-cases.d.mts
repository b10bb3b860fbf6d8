/** One generated request. */
export interface FuzzCase {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** A seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number;

/** The `index`-th malformed request of the run seeded by `seed`. */
export function fuzzCase(seed: number, index: number): FuzzCase;
