import { quasiArithmetic } from './quasi-arithmetic.ts';
import type { Aggregator } from './types.ts';

/** Weighted arithmetic mean Σwx / Σw over the observed children. */
export const arithmetic: Aggregator = {
  name: 'arithmetic',
  coinr: 'a_amean',
  description: 'weighted arithmetic mean',
  unitWise: () => true,
  aggregate: (input) => quasiArithmetic(input),
};
