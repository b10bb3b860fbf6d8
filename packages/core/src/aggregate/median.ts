import { rowWise } from './row-wise.ts';
import type { Aggregator } from './types.ts';

/**
 * Weighted median of the observed children: sort by value and take the value where the
 * cumulative weight first reaches half; when it lands exactly on half, the mean of that value
 * and the next (so equal weights give the ordinary median).
 */
export const medianAggregator: Aggregator = {
  name: 'median',
  coinr: 'a_wmedian',
  description: 'weighted median',
  unitWise: () => true,
  aggregate: (input) =>
    rowWise(input, (x, w, n) => {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
      let total = 0;
      for (let i = 0; i < n; i++) total += w[i]!;
      let cumulative = 0;
      for (let k = 0; k < n; k++) {
        cumulative += w[order[k]!]!;
        const diff = cumulative - total / 2;
        if (Math.abs(diff) <= 1e-12 * total && k + 1 < n) return (x[order[k]!]! + x[order[k + 1]!]!) / 2;
        if (diff > 0) return x[order[k]!]!;
      }
      return x[order[n - 1]!]!;
    }),
};
