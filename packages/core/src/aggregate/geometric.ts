import { ensurePositive } from './positive.ts';
import { quasiArithmetic } from './quasi-arithmetic.ts';
import type { Aggregator } from './types.ts';

/** Weighted geometric mean exp(Σw ln x / Σw); zeros and negatives are refused (or shifted on request). */
export const geometric: Aggregator = {
  name: 'geometric',
  coinr: 'a_gmean',
  description: 'weighted geometric mean',
  // Shifting non-positive values reads the smallest value of every child column.
  unitWise: (params) => params.nonPositive !== 'shift',
  aggregate(raw) {
    const { input, shift } = ensurePositive(raw, 'geometric');
    return quasiArithmetic(input, Math.log, (y) => Math.exp(y) - shift);
  },
};
