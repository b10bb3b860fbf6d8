import { describe, expect, it } from 'vitest';
import { topWithTies } from './top-with-ties.ts';

const ranking = (ranks: (number | null)[]) => ranks.map((rank, k) => ({ rank, city: `c${k}` }));
const ranksOf = (rows: { rank: number | null }[]) => rows.map((row) => row.rank);

describe('topWithTies()', () => {
  it.each([
    { ranks: [1, 2, 3, 4, 4, 4, 7], n: 4, kept: [1, 2, 3, 4, 4, 4] },
    { ranks: [1, 2, 3, 4, 4, 4, 7], n: 5, kept: [1, 2, 3, 4, 4, 4] },
    { ranks: [1, 2, 3, 4, 4, 4, 7], n: 3, kept: [1, 2, 3] },
    { ranks: [1, 2, 3, 4, 4, 4, 7], n: 7, kept: [1, 2, 3, 4, 4, 4, 7] },
    { ranks: [1, 1, 1, 4], n: 1, kept: [1, 1, 1] },
    { ranks: [1, 2, 3], n: 10, kept: [1, 2, 3] },
    { ranks: [1, 2, null, null], n: 3, kept: [1, 2, null] },
    { ranks: [], n: 2, kept: [] },
    { ranks: [1, 2], n: 0, kept: [] },
  ])('top $n of $ranks keeps $kept', ({ ranks, n, kept }) => {
    expect(ranksOf(topWithTies(ranking(ranks), n))).toEqual(kept);
  });

  it('keeps every row, in order, when n is undefined', () => {
    const rows = ranking([1, 2, 2]);
    expect(topWithTies(rows, undefined)).toEqual(rows);
  });
});
