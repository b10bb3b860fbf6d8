import { observed } from '../stats/observed.ts';
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
    return mapObserved(x, (v) => lower + ((v - min) / (max - min)) * (upper - lower));
  },
};
