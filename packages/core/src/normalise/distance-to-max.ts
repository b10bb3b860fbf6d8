import { observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Distance to the best performer: 1 - (max - x) / (max - min), times `scale` (default 100).
 * A constant column maps to the scale (everyone is the best).
 */
export const distanceToMax: Normaliser = {
  name: 'distance-to-max',
  coinr: 'n_dist2max',
  description: '1 - (max - x) / (max - min), times scale',
  apply(x, params) {
    const { min, max } = observed(x);
    const scale = params.scale ?? 100;
    if (max === min) return mapObserved(x, () => scale);
    return mapObserved(x, (v) => (1 - (max - v) / (max - min)) * scale);
  },
};
