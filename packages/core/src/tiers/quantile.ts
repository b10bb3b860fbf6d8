import { quantile } from '@smartcities/data/stats';
import type { TierRule } from './types.ts';

/** Quantile cut-offs: leading above the upper quantile, following at or below the lower one (type 7). */
export const quantileTiers: TierRule<{ probs: [number, number] }> = {
  name: 'quantile',
  description: 'leading above the upper quantile, following at or below the lower quantile',
  cutoffs: (scores, { probs }) => ({ lower: quantile(scores, probs[0]), upper: quantile(scores, probs[1]) }),
};
