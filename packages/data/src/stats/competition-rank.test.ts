import { describe, expect, it } from 'vitest';
import { competitionRank } from './competition-rank.ts';

describe('competitionRank()', () => {
  it.each([
    { values: [90, 80, 80, 70], ranks: [1, 2, 2, 4] },
    { values: [5, 5, 5, 1], ranks: [1, 1, 1, 4] },
    { values: [], ranks: [] },
  ])('ranks $values as $ranks (ties share the lowest rank)', ({ values, ranks }) => {
    expect(Array.from(competitionRank(values))).toEqual(ranks);
  });

  it('leaves missing values unranked and does not count them', () => {
    expect(Array.from(competitionRank([NaN, 3, 1]))).toEqual([NaN, 1, 2]);
  });

  it('ranks ascending on request and agrees between the small and large algorithms', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 37) % 50);
    const small = [3, 1, 2, 1];
    expect(Array.from(competitionRank(small, true))).toEqual([4, 1, 3, 1]);
    const big = competitionRank(values);
    const brute = values.map((v) => values.filter((w) => w > v).length + 1);
    expect(Array.from(big)).toEqual(brute);
  });
});

describe('competitionRank() on large columns (radix path)', () => {
  it('agrees with a brute-force count, with ties, negatives, zeros and missing values', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const values = Array.from({ length: 3000 }, (_, i) =>
      i % 97 === 0 ? NaN : Math.round((next() - 0.5) * 200) / 4,
    );
    values[5] = -0;
    values[6] = 0;
    const brute = (asc: boolean) =>
      values.map((v) => (Number.isNaN(v) ? NaN : values.filter((w) => (asc ? w < v : w > v)).length + 1));
    expect(Array.from(competitionRank(values))).toEqual(brute(false));
    expect(Array.from(competitionRank(values, true))).toEqual(brute(true));
  });
});
