import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { correlations } from './analysis/correlations.ts';
import { indicatorProfile } from './indicator-profile.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';

const { dataset } = edition2020;
const note = edition2020.report.indicatorNotes.find((n) => n.id === 'data-center');

describe('indicatorProfile()', () => {
  const result = score(dataset);
  const profile = indicatorProfile(result, dataset, 'data-center', note)!;

  it('ranks the 20 cities with values, median, range, weights and the note', () => {
    expect(profile).toMatchObject({
      id: 'data-center',
      pillar: 'infrastructure',
      direction: 1,
      weight: 0.25,
    });
    expect(profile.effectiveWeight).toBeCloseTo(0.05, 12);
    expect(profile.rows).toHaveLength(20);
    expect(profile.rows[0]).toMatchObject({ city: 'singapore', value: 100, rank: 1 });
    expect(profile.rows.at(-1)).toMatchObject({ city: 'cairo', value: 31.4, rank: 20 });
    expect([profile.min, profile.max]).toEqual([31.4, 100]);
    expect(profile.median).toBeCloseTo((82.5 + 87.0) / 2, 10);
    expect(profile.note?.caveats[0]?.id).toBe('national-proxy');
  });

  it('gives the same correlations with its pillar and the index as the correlation matrix', () => {
    const matrix = correlations(dataset, result.scenario);
    const i = matrix.ids.indexOf('data-center');
    expect(profile.correlations?.pillar.r).toBeCloseTo(
      matrix.r[i]![matrix.ids.indexOf('infrastructure')]!,
      12,
    );
    expect(profile.correlations?.index.r).toBeCloseTo(matrix.r[i]![matrix.ids.indexOf('index')]!, 12);
    expect(profile.correlations?.index.n).toBe(20);
  });

  it('keeps the values of an excluded indicator but no weight, ranks or correlations', () => {
    const excluded = indicatorProfile(
      score(dataset, defineScenario({ exclude: ['data-center'] })),
      dataset,
      'data-center',
    )!;
    expect(excluded).toMatchObject({ effectiveWeight: null, correlations: null, note: null });
    expect(excluded.rows.every((r) => r.rank === null && r.value !== null)).toBe(true);
  });

  it('is undefined for an aggregate or an unknown id', () => {
    expect(indicatorProfile(result, dataset, 'economy')).toBeUndefined();
    expect(indicatorProfile(result, dataset, 'nowhere')).toBeUndefined();
  });
});
