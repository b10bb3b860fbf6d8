import { observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Standardisation with the sample SD, then shifted to `mean` and scaled to `sd` (default 0, 1).
 * A constant column (SD 0) maps every observed cell to `mean`.
 */
export const zScore: Normaliser = {
  name: 'z-score',
  coinr: 'n_zscore',
  description: '(x - mean) / sd (sample SD), then * sd + mean',
  apply(x, params) {
    const target = params.mean ?? 0;
    const spread = params.sd ?? 1;
    const stats = observed(x);
    if (!(stats.sd > 0)) return mapObserved(x, () => target);
    return mapObserved(x, (v) => ((v - stats.mean) / stats.sd) * spread + target);
  },
};
