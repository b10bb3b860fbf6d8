import { observed } from '../stats/observed.ts';
import { mapObserved, type Normaliser } from './types.ts';

/** Each value as a fraction of the observed maximum, times `scale` (default 100). */
export const fractionOfMax: Normaliser = {
  name: 'fraction-of-max',
  coinr: 'n_fracmax',
  description: 'x / max, times scale',
  apply(x, params) {
    const scale = params.scale ?? 100;
    const { max } = observed(x);
    return mapObserved(x, (v) => (v / max) * scale);
  },
};
