import { fail } from '../errors.ts';
import { ensurePositive } from './positive.ts';
import { quasiArithmetic } from './quasi-arithmetic.ts';
import type { Aggregator } from './types.ts';
import { geometric } from './geometric.ts';

/**
 * Weighted power mean (Σw x^p / Σw)^(1/p) with power `p` (default 2): p = 1 is arithmetic,
 * p → 0 geometric (used exactly at p = 0), p = -1 harmonic. Needs positive values unless p = 1.
 */
export const generalised: Aggregator = {
  name: 'generalised',
  coinr: 'a_genmean',
  description: 'weighted power mean with power p',
  // Shifting non-positive values reads the smallest value of every child column.
  unitWise: (params) => params.nonPositive !== 'shift',
  aggregate(raw) {
    const p = raw.params.p ?? 2;
    if (!Number.isFinite(p)) fail('bad-param', 'aggregation.p', `p must be a finite number, got ${p}`);
    if (p === 0) return geometric.aggregate(raw);
    const { input, shift } = p === 1 ? { input: raw, shift: 0 } : ensurePositive(raw, 'generalised');
    return quasiArithmetic(
      input,
      (x) => x ** p,
      (y) => y ** (1 / p) - shift,
    );
  },
};
