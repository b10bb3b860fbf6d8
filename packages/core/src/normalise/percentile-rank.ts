import { competitionRank, observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Percentile rank (rank - 1) / (n - 1) over observed values, times `scale` (default 100);
 * ties share the lower percentile; a single observed value gets NaN, as in COINr.
 */
export const percentileRank: Normaliser = {
  name: 'percentile-rank',
  coinr: 'n_prank',
  description: '(rank - 1) / (n - 1), times scale',
  apply(x, params) {
    const scale = params.scale ?? 100;
    const n = observed(x).count;
    return mapObserved(competitionRank(x, true), (r) => ((r - 1) / (n - 1)) * scale);
  },
};
