import type { RankClaim } from '../../../../schema/index.ts';

/** The rank claims of chapter 2.4, smart governance, in the order of the report's lines. */
export const governanceRankClaims: readonly RankClaim[] = [
  {
    line: 589,
    section: '2.4 Smart governance',
    table: '2-4',
    ranking: 'governance',
    cities: ['buenos-aires', 'rio-de-janeiro', 'cairo'],
    ranks: [18, 20],
  },
  {
    line: 599,
    section: '2.4 Open data',
    table: '2-4',
    ranking: 'open-data',
    cities: ['seoul'],
    ranks: [1, 1],
  },
  {
    line: 607,
    section: '2.4 Public safety',
    table: '2-4',
    ranking: 'public-safety',
    cities: ['dubai'],
    ranks: [1, 1],
  },
  {
    line: 607,
    section: '2.4 Public safety',
    table: '2-4',
    ranking: 'public-safety',
    cities: ['beijing', 'shanghai'],
    ranks: [2, 3],
  },
  {
    line: 617,
    section: '2.4 Public participation',
    table: '2-4',
    ranking: 'public-participation',
    cities: ['shanghai'],
    ranks: [1, 1],
  },
  {
    line: 625,
    section: '2.4 Social inclusion',
    table: '2-4',
    ranking: 'social-inclusion',
    cities: ['sydney'],
    ranks: [1, 1],
  },
  {
    line: 637,
    section: '2.4 Sustainability',
    table: '2-4',
    ranking: 'sustainability',
    cities: ['berlin'],
    ranks: [1, 1],
  },
];
