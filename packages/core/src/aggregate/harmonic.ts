import { ensurePositive } from './positive.ts';
import { quasiArithmetic } from './quasi-arithmetic.ts';
import type { Aggregator } from './types.ts';

/** Weighted harmonic mean Σw / Σ(w/x); zeros and negatives are refused (or shifted on request). */
export const harmonic: Aggregator = {
  name: 'harmonic',
  coinr: 'a_hmean',
  description: 'weighted harmonic mean',
  // Shifting non-positive values reads the smallest value of every child column.
  unitWise: (params) => params.nonPositive !== 'shift',
  aggregate(raw) {
    const { input, shift } = ensurePositive(raw, 'harmonic');
    return quasiArithmetic(
      input,
      (x) => 1 / x,
      (y) => 1 / y - shift,
    );
  },
};
