import type { Claim } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';

/** Claims about the overall ranking and its tiers (executive summary, section 1.4). */
export const overallClaims: readonly Claim[] = [
  {
    id: 'london-first',
    kind: 'rank',
    city: 'london',
    ranking: 'index',
    rank: 1,
    place: at('1.4', 262, 'London', { table: 'overall' }),
  },
  {
    id: 'leading-three',
    kind: 'tier',
    cities: ['london', 'new-york', 'singapore'],
    tier: 'leading',
    place: at('1.4', 285, 'London, New York and Singapore'),
  },
  {
    id: 'leading-three-summary',
    kind: 'tier',
    cities: ['london', 'new-york', 'singapore'],
    tier: 'leading',
    place: at('summary', 108, 'leading position'),
  },
  {
    id: 'advanced-count',
    kind: 'tier-count',
    tier: 'advanced',
    count: 13,
    place: at('1.4', 287, '13 cities'),
  },
  {
    id: 'following-count',
    kind: 'tier-count',
    tier: 'following',
    count: 4,
    place: at('1.4', 289, 'four cities'),
  },
];
