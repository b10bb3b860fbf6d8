import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { score } from '../score.ts';
import { smallDataset } from '../testing/hand-datasets.ts';
import { groupMedian, groupRanks, groupsOf } from './group-ranks.ts';
import { rowsInGroup } from './rows-in-group.ts';
import { similarCities } from './similar.ts';

describe('groupRanks() and groupMedian()', () => {
  const result = score(smallDataset);

  it('ranks members within the group on any node, keeping their overall rank', () => {
    expect(groupRanks(result, 'x1', ['cedar', 'basil'])).toEqual([
      { city: 'basil', score: 40, rank: 2, groupRank: 1 },
      { city: 'cedar', score: 20, rank: 3, groupRank: 2 },
    ]);
  });

  it('leaves missing scores unranked, skips unknown members, and gives [] for an unknown node', () => {
    expect(groupRanks(result, 'y1', ['cedar', 'nowhere', 'amber']).map((r) => r.groupRank)).toEqual([
      1,
      null,
    ]);
    expect(groupRanks(result, 'zz', ['amber'])).toEqual([]);
  });

  it.each([
    [['amber', 'basil'], 'x1', 60],
    [['cedar'], 'y1', NaN],
    [[], 'x1', NaN],
  ] as const)('median of %o on %s is %d', (members, node, expected) => {
    expect(groupMedian(result, node, members)).toBe(expected);
  });

  it('lists the groups a city is in', () => {
    expect(groupsOf('shanghai', edition2020.report.cityGroups)).toEqual(['developing', 'asia']);
  });
});

describe('similarCities()', () => {
  it('orders cities by Euclidean distance over the pillar scores', () => {
    const result = score(smallDataset);
    // amber (a 70, b 50), basil (a 70, b 70), cedar (a 30, b missing)
    expect(similarCities(result, 'amber')).toEqual([
      { city: 'basil', distance: 20 },
      { city: 'cedar', distance: 40 },
    ]);
    expect(similarCities(result, 'amber', 1)).toHaveLength(1);
    expect(similarCities(result, 'nowhere')).toEqual([]);
  });

  it("finds Beijing nearest to Shanghai in the report's data", () => {
    const nearest = similarCities(score(edition2020.dataset), 'shanghai')[0]!;
    expect(nearest.city).toBe('beijing');
    const [a, b] = [
      [71.7, 79.1, 96.3, 69.0, 69.1],
      [72.8, 79.9, 92.0, 67.0, 71.5],
    ];
    expect(nearest.distance).toBeCloseTo(Math.hypot(...a.map((v, i) => v - b[i]!)), 0);
  });
});

describe('rowsInGroup()', () => {
  it("keeps a group's rows with their rank within it, in that order", async () => {
    const { rankingRows } = await import('../rows.ts');
    const result = score(edition2020.dataset);
    const rows = rowsInGroup(
      result,
      rankingRows(result, edition2020.dataset),
      'index',
      edition2020.report.cityGroups.developing!,
    );
    expect(rows.map((r) => [r.city, r.rank, r.groupRank])).toEqual([
      ['shanghai', 4, 1],
      ['beijing', 5, 2],
      ['dubai', 11, 3],
      ['moscow', 16, 4],
      ['mumbai', 17, 5],
      ['buenos-aires', 18, 6],
      ['rio-de-janeiro', 19, 7],
      ['cairo', 20, 8],
    ]);
  });
});
