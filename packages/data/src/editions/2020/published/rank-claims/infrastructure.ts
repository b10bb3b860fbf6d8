import type { RankClaim } from '../../../../schema/index.ts';

/** The rank claims of chapter 2.1, smart infrastructure, in the order of the report's lines. */
export const infrastructureRankClaims: readonly RankClaim[] = [
  {
    line: 323,
    section: '2.1 Smart infrastructure',
    table: '2-1',
    ranking: 'infrastructure',
    cities: ['hong-kong', 'singapore', 'london', 'los-angeles', 'new-york', 'chicago'],
    ranks: [1, 6],
  },
  {
    line: 323,
    section: '2.1 Smart infrastructure',
    table: '2-1',
    ranking: 'infrastructure',
    cities: ['dubai', 'berlin', 'sydney', 'toronto', 'paris', 'tokyo', 'seoul', 'buenos-aires', 'beijing'],
    ranks: [7, 15],
  },
  {
    line: 323,
    section: '2.1 Smart infrastructure',
    table: '2-1',
    ranking: 'infrastructure',
    cities: ['moscow', 'shanghai', 'rio-de-janeiro', 'mumbai', 'cairo'],
    ranks: [16, 20],
  },
  {
    line: 329,
    section: '2.1 Mobile phone',
    table: '2-1',
    ranking: 'mobile-phone',
    cities: ['hong-kong', 'singapore'],
    ranks: [1, 2],
    erratum: 'E-text-l329-rank-of-singapore',
  },
  {
    line: 335,
    section: '2.1 Next-generation network',
    table: '2-1',
    ranking: 'next-generation-network',
    cities: ['singapore'],
    ranks: [1, 1],
  },
  {
    line: 335,
    section: '2.1 Next-generation network',
    table: '2-1',
    ranking: 'next-generation-network',
    cities: ['cairo'],
    ranks: [20, 20],
  },
];
