import { describe, expect, it } from 'vitest';
import { reputation } from './reputation.ts';
import { score } from './score.ts';
import { smallDataset } from './testing/hand-datasets.ts';

describe('reputation()', () => {
  const result = score(smallDataset); // smart ranks: basil 1, amber 2, cedar 3

  it('ranks papers with ties sharing the lowest rank and sets them against the smart rank', () => {
    const rep = reputation({ amber: 10, basil: 10, cedar: 30 }, result);
    expect(rep.rows).toEqual([
      { city: 'cedar', papers: 30, reputationRank: 1, smartRank: 3, difference: 2 },
      { city: 'amber', papers: 10, reputationRank: 2, smartRank: 2, difference: 0 },
      { city: 'basil', papers: 10, reputationRank: 2, smartRank: 1, difference: -1 },
    ]);
    expect(rep.total).toBe(50);
  });

  it('measures agreement between papers and the index with Spearman and Kendall', () => {
    const agree = reputation({ amber: 20, basil: 30, cedar: 10 }, result);
    expect(agree.spearman).toBeCloseTo(1, 12);
    expect(agree.kendall).toBeCloseTo(1, 12);
    const reversed = reputation({ amber: 20, basil: 10, cedar: 30 }, result);
    expect(reversed.spearman).toBeCloseTo(-1, 12);
    const mixed = reputation({ amber: 30, basil: 20, cedar: 10 }, result); // papers order a, b, c vs index b, a, c
    expect(mixed.spearman).toBeCloseTo(0.5, 12);
    expect(mixed.kendall).toBeCloseTo(1 / 3, 12);
  });

  it('leaves a city without a paper count unranked', () => {
    const rep = reputation({ amber: 5, basil: 7 }, result);
    expect(rep.rows.at(-1)).toEqual({
      city: 'cedar',
      papers: null,
      reputationRank: null,
      smartRank: 3,
      difference: null,
    });
  });
});
