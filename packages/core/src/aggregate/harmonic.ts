import { ensurePositive } from './positive.ts';
import { rowWise } from './row-wise.ts';
import type { Aggregator } from './types.ts';

/** Weighted harmonic mean Σw / Σ(w/x); zeros and negatives are refused (or shifted on request). */
export const harmonic: Aggregator = {
  name: 'harmonic',
  coinr: 'a_hmean',
  description: 'weighted harmonic mean',
  aggregate(raw) {
    const { input, shift } = ensurePositive(raw, 'harmonic');
    return rowWise(input, (x, w, n) => {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < n; i++) {
        sum += w[i]! / x[i]!;
        total += w[i]!;
      }
      return total / sum - shift;
    });
  },
};
