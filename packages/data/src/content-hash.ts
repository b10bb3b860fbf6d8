import { canonicalJson } from './canonical-json.ts';
import { hashText } from './hash.ts';

/**
 * A short stable hash of JSON-like content (cyrb53 of its canonical JSON): the same content gives
 * the same hash in Node, browsers and edge runtimes, whatever the key order.
 * @example contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }) // true
 */
export function contentHash(value: unknown): string {
  return hashText(canonicalJson(value));
}
