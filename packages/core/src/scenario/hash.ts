import { canonicalJson } from '@smartcities/data/canonical-json';
import type { Scenario } from './schema.ts';
import { hashText } from '@smartcities/data/hash';

const cache = new WeakMap<Scenario, string>();

/**
 * A short stable hash of a resolved scenario: a 53-bit hash of its canonical JSON, so equal
 * scenarios (whatever their key order or which defaults were written out) hash the same.
 * @example scenarioHash(defaultScenario) // e.g. "1k3m9x0q2c"
 */
export function scenarioHash(scenario: Scenario): string {
  let hash = cache.get(scenario);
  if (hash === undefined) {
    hash = hashText(canonicalJson(scenario));
    cache.set(scenario, hash);
  }
  return hash;
}
