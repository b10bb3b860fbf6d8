import { ensurePositive } from './positive.ts';
import { rowWise } from './row-wise.ts';
import type { Aggregator } from './types.ts';

/** Weighted geometric mean exp(Σw ln x / Σw); zeros and negatives are refused (or shifted on request). */
export const geometric: Aggregator = {
  name: 'geometric',
  coinr: 'a_gmean',
  description: 'weighted geometric mean',
  aggregate(raw) {
    const { input, shift } = ensurePositive(raw, 'geometric');
    return rowWise(input, (x, w, n) => {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < n; i++) {
        sum += w[i]! * Math.log(x[i]!);
        total += w[i]!;
      }
      return Math.exp(sum / total) - shift;
    });
  },
};
