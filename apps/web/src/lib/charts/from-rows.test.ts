import { describe, expect, it } from 'vitest';
import type { ViewRow } from '../ranking/view-row';
import { heatmapFrom, rankingDotsFrom, shortPillarName } from './from-rows';

const rows: ViewRow[] = [
  {
    rank: 1,
    city: 'london',
    name: 'London',
    nameZh: '伦敦',
    score: 100,
    tier: 'leading',
    interval: { low: 1, high: 2 },
    pillars: { eco: { score: 80, rank: 1 } },
  },
  {
    rank: 2,
    city: 'paris',
    name: 'Paris',
    score: 90,
    tier: 'advanced',
    pillars: { eco: { score: null, rank: null } },
  },
  { rank: null, city: 'nowhere', name: 'Nowhere', score: null, tier: null, pillars: {} },
];

describe('rankingDotsFrom()', () => {
  it('keeps ranked rows in order, an interval or the rank itself, names in the language', () => {
    expect(rankingDotsFrom(rows, 'zh')).toEqual([
      { city: 'london', label: '伦敦', rank: 1, low: 1, high: 2, tier: 'leading' },
      { city: 'paris', label: 'Paris', rank: 2, low: 2, high: 2, tier: 'advanced' },
    ]);
  });
});

describe('rankingDotsFrom() with printed figures', () => {
  it('colours a dot by the printed tier, naming the recomputed one where an erratum explains them', () => {
    const note = {
      field: 'tier',
      published: 'following',
      computed: 'advanced',
      status: 'erratum',
      bound: 0,
      erratum: 'E-x',
    } as const;
    const printed = [
      { ...rows[1]!, published: { score: 90, rank: 2, tier: 'following', pillars: {}, notes: [note] } },
    ];
    expect(rankingDotsFrom(printed, 'en')[0]).toMatchObject({
      tier: 'following',
      detail: 'Following as printed (recomputed Advanced)',
    });
  });
});

describe('heatmapFrom()', () => {
  it('gives one cell per city and pillar, a missing score as null', () => {
    const map = heatmapFrom(
      rows.slice(0, 2),
      [{ id: 'eco', name: 'Smart economy', nameZh: '智慧经济' }],
      'en',
    );
    expect(map.pillars).toEqual(['Economy']);
    expect(map.cells).toEqual([
      { city: 'London', pillar: 'Economy', score: 80, label: '80.0', detail: '80.0' },
      { city: 'Paris', pillar: 'Economy', score: null, label: '–', detail: '–' },
    ]);
  });

  it('labels a cell with the printed digits where the row carries them, marked where the recomputation differs', () => {
    const note = {
      field: 'pillars.eco',
      published: 79.9,
      computed: 80,
      status: 'rounding',
      bound: 0.05,
    } as const;
    const printed = [
      {
        ...rows[0]!,
        published: { score: 100, rank: 1, tier: 'leading', pillars: { eco: 79.9 }, notes: [note] },
      },
      {
        ...rows[1]!,
        pillars: { eco: { score: 70.04, rank: 2 } },
        published: { score: 90, rank: 2, pillars: { eco: 70 }, notes: [] },
      },
    ];
    const cells = heatmapFrom(
      printed,
      [{ id: 'eco', name: 'Smart economy', nameZh: '智慧经济' }],
      'zh',
    ).cells;
    expect(cells.map((c) => [c.score, c.label, c.detail])).toEqual([
      [80, '79.9*', '印刷值79.9（重新计算值80.0）'],
      [70.04, '70.0', '70.0'],
    ]);
  });
});

describe('shortPillarName()', () => {
  it.each([
    ['en', 'Economy'],
    ['zh', '经济'],
  ] as const)('in %s drops the shared "Smart"', (lang, short) => {
    expect(shortPillarName({ id: 'eco', name: 'Smart economy', nameZh: '智慧经济' }, lang)).toBe(short);
  });
});
