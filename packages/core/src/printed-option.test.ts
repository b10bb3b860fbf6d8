import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { printedOption } from './printed-option.ts';
import { flatRankingRow, rankingRows } from './rows.ts';
import { defaultScenario } from './scenario/default.ts';
import { score } from './score.ts';

const report = score(edition2020.dataset);
const rowOf = (rows: ReturnType<typeof rankingRows>, city: string) => rows.find((r) => r.city === city)!;

describe('printedOption() with rankingRows()', () => {
  it("gives rows the printed figures under the report's method, computed ones beside them", () => {
    const rows = rankingRows(report, edition2020.dataset, printedOption(report, edition2020));
    const beijing = rowOf(rows, 'beijing');
    expect(beijing.score).toBeCloseTo(92.745, 3);
    expect(beijing.published).toMatchObject({ score: 92.8, rank: 5, tier: 'advanced' });
    expect(beijing.published!.notes[0]).toMatchObject({ field: 'score', computed: 92.7, status: 'rounding' });
    expect(flatRankingRow(beijing)).toMatchObject({ published_score: 92.8, published_service: 92 });
  });

  it('gives a pillar ranking the printed pillar score and rank', () => {
    const rows = rankingRows(report, edition2020.dataset, {
      node: 'governance',
      ...printedOption(report, edition2020),
    });
    expect(rowOf(rows, 'tokyo').published).toMatchObject({ score: 62.9, rank: 14 });
    expect(rowOf(rows, 'tokyo').published!.notes).toEqual([
      expect.objectContaining({ field: 'score', computed: 62.8 }),
    ]);
  });

  it.each([
    [
      'another method',
      score(edition2020.dataset, { ...defaultScenario, aggregation: { method: 'geometric', levels: {} } }),
    ],
    [
      'other data',
      score({ ...edition2020.dataset, edition: { ...edition2020.dataset.edition, hash: 'other' } }),
    ],
  ])('gives none under %s', (_, result) => {
    expect(printedOption(result, edition2020)).toEqual({});
    expect(
      rankingRows(result, edition2020.dataset, printedOption(result, edition2020))[0],
    ).not.toHaveProperty('published');
  });
});
