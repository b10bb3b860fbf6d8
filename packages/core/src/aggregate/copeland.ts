import type { Aggregator } from './types.ts';

/**
 * Weighted Copeland score: every pair of units is compared child by child; the unit with the
 * larger weight of better children wins the pair. Score = pairs won - pairs lost. Children
 * missing for either unit are left out of that pair's comparison; a unit with every child
 * missing (or fewer than `minAvailability`) is missing and takes part in no pair. Quadratic in the number of units.
 */
export const copeland: Aggregator = {
  name: 'copeland',
  coinr: 'a_copeland',
  description: 'pairwise majority: wins minus losses',
  aggregate({ columns, weights, units, params }) {
    const out = new Float64Array(units);
    const need = Math.max(1, Math.ceil((params.minAvailability ?? 0) * columns.length - 1e-9));
    const present = (u: number) => columns.filter((col) => !Number.isNaN(col[u]!)).length >= need;
    for (let i = 0; i < units; i++) {
      if (!present(i)) {
        out[i] = NaN;
        continue;
      }
      for (let j = i + 1; j < units; j++) {
        if (!present(j)) continue;
        const outcome = Math.sign(pairwise(columns, weights, i, j));
        out[i] = out[i]! + outcome;
        out[j] = out[j]! - outcome;
      }
    }
    return out;
  },
};

function pairwise(columns: readonly Float64Array[], weights: Float64Array, i: number, j: number): number {
  let balance = 0;
  for (let c = 0; c < columns.length; c++) {
    const a = columns[c]![i]!;
    const b = columns[c]![j]!;
    if (!Number.isNaN(a) && !Number.isNaN(b)) balance += weights[c]! * Math.sign(a - b);
  }
  return balance;
}
