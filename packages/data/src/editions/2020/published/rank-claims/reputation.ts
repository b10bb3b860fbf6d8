import type { RankClaim } from '../../../../schema/index.ts';

/** The rank claims of chapter 2.6, smart reputation, in the order of the report's lines. */
export const reputationRankClaims: readonly RankClaim[] = [
  {
    line: 791,
    section: '2.6 Smart reputation',
    table: '2-6',
    ranking: 'reputation',
    cities: ['beijing', 'singapore', 'new-york'],
    ranks: [1, 3],
  },
];
