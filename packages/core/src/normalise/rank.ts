import { competitionRank } from '@smartcities/data/stats';
import type { Normaliser } from './types.ts';

/** Ascending ranks: 1 = lowest value, ties share the lowest rank, missing stays missing. */
export const rankNormaliser: Normaliser = {
  name: 'rank',
  coinr: 'n_rank',
  description: 'rank, 1 = lowest, ties share the lowest',
  apply: (x) => competitionRank(x, true),
};
