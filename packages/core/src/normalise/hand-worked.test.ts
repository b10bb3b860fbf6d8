import { describe, expect, it } from 'vitest';
import { ScoringError } from '../errors.ts';
import { normalisers, type NormalisationMethod } from './registry.ts';
import type { NormalisationParams } from './types.ts';

const x = Float64Array.from([1, 2, 4, NaN, 3]);
const ctx = { indicator: 'x', direction: 1 as const, unitIds: ['a', 'b', 'c', 'd', 'e'] };
const third = 100 / 3;

describe('normalisers on a hand-worked column [1, 2, 4, missing, 3]', () => {
  it.each<[NormalisationMethod, NormalisationParams, number[]]>([
    ['as-published', {}, [1, 2, 4, NaN, 3]],
    ['min-max', {}, [0, third, 100, NaN, 2 * third]],
    ['min-max', { lower: 1, upper: 7 }, [1, 3, 7, NaN, 5]],
    ['z-score', {}, [-1.161895, -0.387298, 1.161895, NaN, 0.387298]],
    ['z-score', { mean: 100, sd: 10 }, [88.38105, 96.12702, 111.61895, NaN, 103.87298]],
    ['fraction-of-max', {}, [25, 50, 100, NaN, 75]],
    ['percentile-rank', {}, [0, third, 100, NaN, 2 * third]],
    ['rank', {}, [1, 2, 4, NaN, 3]],
    ['borda', {}, [0, 1, 3, NaN, 2]],
    ['goalposts', { goalposts: { lower: 0, upper: 5 } }, [20, 40, 80, NaN, 60]],
    ['goalposts', { goalposts: { lower: 0, upper: 3 } }, [third, 2 * third, 100, NaN, 100]],
    [
      'goalposts',
      { goalposts: { lower: 0, upper: 3 }, truncate: false },
      [third, 2 * third, 400 / 3, NaN, 100],
    ],
    ['distance-to-target', { target: 5 }, [0, 25, 75, NaN, 50]],
    ['distance-to-target', { target: 3, capMax: true }, [0, 50, 100, NaN, 100]],
    ['distance-to-reference', { reference: 'b' }, [0, 100, 300, NaN, 200]],
    ['distance-to-reference', { reference: 'b', capMax: true }, [0, 100, 100, NaN, 100]],
    ['distance-to-max', {}, [0, third, 100, NaN, 2 * third]],
  ])('%s with %j gives %j', (method, params, expected) => {
    const out = Array.from(normalisers[method].apply(x, params, ctx));
    out.forEach((v, i) =>
      Number.isNaN(expected[i]!) ? expect(v).toBeNaN() : expect(v).toBeCloseTo(expected[i]!, 4),
    );
  });

  it('mirrors as-published values of a negative indicator as 100 - x', () => {
    const out = normalisers['as-published'].apply(
      x.map((v) => -v),
      {},
      { ...ctx, direction: -1 },
    );
    expect(Array.from(out)).toEqual([99, 98, 96, NaN, 97]);
  });

  it('takes min / x for a less-is-better indicator under fraction-of-max', () => {
    const out = normalisers['fraction-of-max'].apply(
      x.map((v) => -v),
      {},
      { ...ctx, direction: -1 },
    );
    expect(Array.from(out)).toEqual([100, 50, 25, NaN, (1 / 3) * 100]);
  });

  it('refuses a reference unit that is the worst performer', () => {
    expect(() => normalisers['distance-to-reference'].apply(x, { reference: 'a' }, ctx)).toThrow(
      /must score above the worst/,
    );
  });

  it('maps a constant column to the midpoint (min-max) and to the mean (z-score)', () => {
    const flat = Float64Array.from([5, 5, NaN]);
    expect(Array.from(normalisers['min-max'].apply(flat, {}, ctx))).toEqual([50, 50, NaN]);
    expect(Array.from(normalisers['z-score'].apply(flat, {}, ctx))).toEqual([0, 0, NaN]);
  });

  it('flips goalposts and targets with a negative direction, as COINr does', () => {
    const lessIsBetter = x.map((v) => -v);
    const posts = normalisers.goalposts.apply(
      lessIsBetter,
      { goalposts: { lower: 0, upper: 5 } },
      { ...ctx, direction: -1 },
    );
    expect(Array.from(posts)).toEqual([80, 60, 20, NaN, 40]);
    const target = normalisers['distance-to-target'].apply(
      lessIsBetter,
      { target: 1 },
      { ...ctx, direction: -1 },
    );
    [100, 2 * third, 0, NaN, third].forEach((v, i) =>
      Number.isNaN(v) ? expect(target[i]).toBeNaN() : expect(target[i]).toBeCloseTo(v, 9),
    );
  });

  it.each<[NormalisationMethod, string]>([
    ['goalposts', 'normalisation.params.goalposts'],
    ['distance-to-target', 'normalisation.params.target'],
    ['distance-to-reference', 'normalisation.params.reference'],
  ])('%s without its parameter is an error naming %s', (method, path) => {
    try {
      normalisers[method].apply(x, {}, ctx);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringError);
      expect((error as ScoringError).issues[0]!.path).toBe(path);
    }
  });
});
