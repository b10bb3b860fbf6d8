import type { RankClaim } from '../../../../schema/index.ts';

const summary = 'Executive summary';

/** The rank claims of the executive summary and the overall ranking (1.4), in the order of the report's lines. */
export const summaryRankClaims: readonly RankClaim[] = [
  {
    line: 108,
    section: summary,
    table: 'overall',
    ranking: 'overall',
    cities: ['london', 'new-york', 'singapore'],
    ranks: [1, 3],
  },
  {
    line: 112,
    section: summary,
    table: '2-1',
    ranking: 'infrastructure',
    cities: ['hong-kong', 'singapore'],
    ranks: [1, 2],
  },
  {
    line: 114,
    section: summary,
    table: '2-2',
    ranking: 'economy',
    cities: ['new-york', 'london'],
    ranks: [1, 2],
  },
  {
    line: 116,
    section: summary,
    table: '2-3',
    ranking: 'service',
    cities: ['shanghai', 'beijing'],
    ranks: [1, 2],
  },
  {
    line: 116,
    section: summary,
    table: '2-3',
    ranking: 'service',
    cities: ['dubai', 'singapore'],
    ranks: [2, 2],
    erratum: 'E-text-l116-rank-of-dubai-singapore',
  },
  {
    line: 118,
    section: summary,
    table: '2-4',
    ranking: 'governance',
    cities: ['london', 'seoul'],
    ranks: [1, 2],
  },
  { line: 118, section: summary, table: '2-4', ranking: 'governance', cities: ['dubai'], ranks: [3, 3] },
  { line: 118, section: summary, table: '2-4', ranking: 'governance', cities: ['singapore'], ranks: [4, 4] },
  {
    line: 120,
    section: summary,
    table: '2-5',
    ranking: 'innovation',
    cities: ['london', 'new-york', 'paris', 'tokyo'],
    ranks: [1, 4],
  },
  {
    line: 122,
    section: summary,
    table: '2-6',
    ranking: 'reputation',
    cities: ['beijing', 'singapore', 'new-york'],
    ranks: [1, 3],
  },
  {
    line: 285,
    section: '1.4 Overall ranking',
    table: 'overall',
    ranking: 'overall',
    cities: ['london', 'new-york', 'singapore'],
    ranks: [1, 3],
  },
];
