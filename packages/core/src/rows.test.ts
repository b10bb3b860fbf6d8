import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { defaultBaseline, flatRankingRow, rankingRows } from './rows.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';

const result = score(edition2020.dataset);

describe('flatRankingRow()', () => {
  it('puts each child score under its id and its rank under <id>_rank', () => {
    const row = flatRankingRow({
      rank: 1,
      city: 'a',
      name: 'A',
      score: 100,
      tier: 'leading',
      pillars: { p: { score: 90, rank: 2 } },
    });
    expect(row).toEqual({ rank: 1, city: 'a', name: 'A', score: 100, tier: 'leading', p: 90, p_rank: 2 });
  });
});

describe('defaultBaseline()', () => {
  it('is empty under the report method and the report result otherwise', () => {
    expect(defaultBaseline(result, edition2020.dataset)).toEqual({});
    const geometric = score(edition2020.dataset, defineScenario({ aggregation: { method: 'geometric' } }));
    const { baseline } = defaultBaseline(geometric, edition2020.dataset);
    expect(baseline?.provenance.scenarioHash).toBe(result.provenance.scenarioHash);
    const sydney = rankingRows(geometric, edition2020.dataset, { baseline }).find(
      (r) => r.city === 'sydney',
    )!;
    expect(sydney.change).toBe(13 - sydney.rank!);
  });
});
