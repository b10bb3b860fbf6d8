import type { ViewRow } from './view-row';

/** Four rows shaped like the 2020 ranking (figures from the report), for view-logic tests. */
export const sampleRows: ViewRow[] = [
  {
    rank: 1,
    city: 'london',
    name: 'London',
    nameZh: '伦敦',
    score: 100,
    tier: 'leading',
    pillars: { economy: { score: 81.7, rank: 2 } },
  },
  {
    rank: 2,
    city: 'new-york',
    name: 'New York',
    nameZh: '纽约',
    score: 98.7,
    tier: 'leading',
    pillars: { economy: { score: 89.7, rank: 1 } },
  },
  {
    rank: 4,
    city: 'shanghai',
    name: 'Shanghai',
    nameZh: '上海',
    score: 93.2,
    tier: 'advanced',
    pillars: { economy: { score: 79.1, rank: 4 } },
  },
  {
    rank: 19,
    city: 'rio-de-janeiro',
    name: 'Rio de Janeiro',
    nameZh: '里约热内卢',
    score: 63.5,
    tier: 'following',
    pillars: { economy: { score: null, rank: null } },
  },
];
