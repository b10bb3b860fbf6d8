import { describe, expect, it } from 'vitest';
import { normalisers } from './registry.ts';
import type { NormalisationParams, NormaliseContext } from './types.ts';

const params: NormalisationParams = { target: 10, reference: 'u1', goalposts: { lower: 0, upper: 10 } };
const ctx = (direction: 1 | -1 = 1): NormaliseContext => ({
  indicator: 'x',
  direction,
  unitIds: ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'],
});
const column = Float64Array.from([3, 7, 1, NaN, 7, 5]);
/** Methods whose output is bounded to [0, 100] for in-range data. */
const bounded = ['min-max', 'fraction-of-max', 'percentile-rank', 'goalposts', 'distance-to-max'];

describe.each(Object.values(normalisers))('normaliser $name conforms', (normaliser) => {
  const out = normaliser.apply(column, params, ctx());

  it('keeps missing cells missing and fills every observed one', () => {
    expect(Number.isNaN(out[3]!)).toBe(true);
    for (const i of [0, 1, 2, 4, 5]) expect(Number.isFinite(out[i]!)).toBe(true);
  });

  it('is monotone: a higher value never scores lower', () => {
    const order = [2, 0, 5, 1];
    for (let k = 1; k < order.length; k++)
      expect(out[order[k]!]!).toBeGreaterThanOrEqual(out[order[k - 1]!]!);
    expect(out[1]!).toBeGreaterThan(out[2]!);
  });

  it('gives tied values the same score', () => {
    expect(out[1]).toBe(out[4]);
  });

  it('does not change its input', () => {
    expect(Array.from(column)).toEqual([3, 7, 1, NaN, 7, 5]);
  });

  it('reverses the order for a negative direction (values arrive multiplied by -1)', () => {
    const flippedParams = { ...params, target: 0, reference: 'u2' };
    const flipped = normaliser.apply(
      column.map((v) => -v),
      flippedParams,
      ctx(-1),
    );
    expect(flipped[2]!).toBeGreaterThan(flipped[1]!);
    expect(flipped[0]!).toBeGreaterThan(flipped[5]!);
  });
});

describe.each(Object.values(normalisers).filter((n) => bounded.includes(n.name)))(
  'bounded normaliser $name',
  (normaliser) => {
    it('stays within [0, 100]', () => {
      const out = normaliser.apply(column, params, ctx());
      for (const v of out) if (!Number.isNaN(v)) expect(v >= 0 && v <= 100).toBe(true);
    });
  },
);
