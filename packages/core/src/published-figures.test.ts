import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { publishedFigures } from './published-figures.ts';
import { verify } from './verify/verify.ts';

const figures = publishedFigures(verify(edition2020));

describe('publishedFigures()', () => {
  it('gives every city its printed overall score, rank and tier and its pillar scores and ranks', () => {
    expect(Object.keys(figures).sort()).toEqual(edition2020.cities.map((c) => c.id).sort());
    expect(figures.london).toMatchObject({ score: 100, rank: 1, tier: 'leading' });
    expect(figures.singapore!.notes).toEqual([]);
    expect(figures.beijing!.pillars).toEqual({
      infrastructure: 72.8,
      economy: 79.9,
      service: 92,
      governance: 67,
      innovation: 71.5,
    });
    expect(figures.beijing!.pillarRanks.service).toBe(2);
  });

  it('notes where the recomputation shows other digits, with the reason', () => {
    expect(figures.beijing!.notes).toEqual([
      { field: 'score', published: 92.8, computed: 92.7, status: 'rounding', bound: 0.117 },
      { field: 'pillars.innovation', published: 71.5, computed: 71.6, status: 'rounding', bound: 0.05 },
    ]);
    expect(figures.berlin!.notes).toEqual([
      expect.objectContaining({
        field: 'tier',
        published: 'following',
        computed: 'advanced',
        erratum: 'E-overall-r15-tier',
      }),
    ]);
  });
});
