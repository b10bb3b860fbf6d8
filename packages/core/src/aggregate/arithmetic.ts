import { rowWise } from './row-wise.ts';
import type { Aggregator } from './types.ts';

/** Weighted arithmetic mean Σwx / Σw over the observed children. */
export const arithmetic: Aggregator = {
  name: 'arithmetic',
  coinr: 'a_amean',
  description: 'weighted arithmetic mean',
  aggregate: (input) =>
    rowWise(input, (x, w, n) => {
      let sum = 0;
      let total = 0;
      for (let i = 0; i < n; i++) {
        sum += w[i]! * x[i]!;
        total += w[i]!;
      }
      return sum / total;
    }),
};
