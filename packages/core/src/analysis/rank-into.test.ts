import { describe, expect, it } from 'vitest';
import { competitionRank } from '@smartcities/data/stats';
import { createRandom } from './random.ts';
import { rankInto } from './rank-into.ts';

const ranked = (values: number[]) => {
  const out = new Float64Array(values.length);
  rankInto(Float64Array.from(values), new Int32Array(values.length), out);
  return Array.from(out);
};

describe('rankInto()', () => {
  it.each([
    { values: [90, 80, 80, 70], ranks: [1, 2, 2, 4] },
    { values: [5, 5, 5, 1], ranks: [1, 1, 1, 4] },
    { values: [NaN, 3, 1], ranks: [NaN, 1, 2] },
    { values: [], ranks: [] },
  ])('ranks $values as $ranks (ties share the lowest rank, NaN unranked)', ({ values, ranks }) => {
    expect(ranked(values)).toEqual(ranks);
  });

  it('agrees with competitionRank on random columns with ties and gaps', () => {
    const random = createRandom(9);
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + random.int(40) }, () =>
        random.next() < 0.1 ? NaN : random.int(12),
      );
      expect(ranked(values)).toEqual(Array.from(competitionRank(values)));
    }
  });
});
