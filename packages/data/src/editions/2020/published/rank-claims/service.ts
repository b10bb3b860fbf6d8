import type { RankClaim } from '../../../../schema/index.ts';

/** The rank claims of chapter 2.3, smart service, in the order of the report's lines. */
export const serviceRankClaims: readonly RankClaim[] = [
  {
    line: 471,
    section: '2.3 Smart service',
    table: '2-3',
    ranking: 'service',
    cities: ['shanghai', 'beijing', 'dubai'],
    ranks: [1, 3],
  },
  {
    line: 471,
    section: '2.3 Smart service',
    table: '2-3',
    ranking: 'service',
    cities: ['chicago', 'sydney', 'tokyo', 'berlin'],
    ranks: [12, 17],
  },
  {
    line: 549,
    section: '2.3 Paris case study',
    table: '2-3',
    ranking: 'convenient-transportation',
    cities: ['paris'],
    ranks: [1, 1],
  },
];
