import { newColumn, observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Linear rescaling of the observed range to [lower, upper] (default [0, 100]). A constant
 * column carries no information and maps every observed cell to the midpoint.
 */
export const minMax: Normaliser = {
  name: 'min-max',
  coinr: 'n_minmax',
  description: '(x - min) / (max - min), scaled to [lower, upper]',
  apply(x, params) {
    const lower = params.lower ?? 0;
    const upper = params.upper ?? 100;
    const { min, max } = observed(x);
    if (max === min) return mapObserved(x, () => (lower + upper) / 2);
    // a plain loop rather than mapObserved: this is the method large datasets use most
    const out = newColumn(x.length);
    const factor = (upper - lower) / (max - min);
    for (let i = 0; i < x.length; i++) out[i] = lower + (x[i]! - min) * factor;
    return out;
  },
};
