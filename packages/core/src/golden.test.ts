import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { rankingRows } from './rows.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';

const dataset = edition2020.dataset;
const rankOf = (result: ReturnType<typeof score>, city: string) =>
  result.ranks.index![result.unitIds.indexOf(city)]!;

describe('the 2020 index under the default scenario', () => {
  const result = score(dataset);
  const rows = rankingRows(result, dataset);

  it('puts London first at 100 and reproduces the printed order of the overall table', () => {
    expect(rows[0]).toMatchObject({ rank: 1, city: 'london', name: 'London', score: 100, tier: 'leading' });
    const printed = [...edition2020.published.overall.rows]
      .sort((a, b) => a.rank - b.rank)
      .map((r) => r.city);
    expect(rows.map((r) => r.city)).toEqual(printed);
  });

  it('gives each indicator of a four-indicator pillar 5% and each governance indicator 4%', () => {
    const weights = result.plan.effectiveWeights;
    expect(weights['mobile-phone']).toBeCloseTo(0.05, 12);
    expect(weights['open-data']).toBeCloseTo(0.04, 12);
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(result.plan.nodeWeights).toMatchObject({ index: 1, infrastructure: 0.2, governance: 0.2 });
  });

  it('has three leading, thirteen advanced and four following cities', () => {
    const count = (tier: string) => result.tiers.tiers.filter((t) => t === tier).length;
    expect([count('leading'), count('advanced'), count('following')]).toEqual([3, 13, 4]);
  });
});

describe('the 2020 index with the geometric mean at every level', () => {
  const geometric = score(dataset, defineScenario({ aggregation: { method: 'geometric' } }));

  it('puts Sydney above Tokyo and Moscow above Berlin', () => {
    expect(rankOf(geometric, 'sydney')).toBeLessThan(rankOf(geometric, 'tokyo'));
    expect(rankOf(geometric, 'moscow')).toBeLessThan(rankOf(geometric, 'berlin'));
  });

  it('still has London first (the geometric mean rewards balance)', () => {
    expect(rankOf(geometric, 'london')).toBe(1);
  });
});
