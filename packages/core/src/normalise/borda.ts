import { competitionRank } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/** Borda score: ascending rank minus one (0 = lowest), ties share the lower score. */
export const borda: Normaliser = {
  name: 'borda',
  coinr: 'n_borda',
  description: 'rank - 1',
  apply: (x) => mapObserved(competitionRank(x, true), (r) => r - 1),
};
