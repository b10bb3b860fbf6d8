import { observed, populationSd } from '@smartcities/data/stats';
import type { TierRule } from './types.ts';

/**
 * The report's rule: mean ± k population standard deviations of the index scores (k = 1 in 2020).
 * @example meanSd.cutoffs(new Float64Array([1, 2, 3]), { k: 1 }) // { upper: 2.816…, lower: 1.183… }
 */
export const meanSd: TierRule<{ k: number }> = {
  name: 'mean-sd',
  description: 'leading above mean + k·SD, following at or below mean - k·SD (population SD)',
  cutoffs(scores, { k }) {
    const { mean } = observed(scores);
    const sd = populationSd(scores);
    return { upper: mean + k * sd, lower: mean - k * sd };
  },
};
