import { describe, expect, it } from 'vitest';
import { shapley, shapleyWeights } from './shapley.ts';

describe('shapley()', () => {
  it.each([
    [1, [1]],
    [2, [1 / 2, 1 / 2]],
    [3, [1 / 3, 1 / 6, 1 / 3]],
  ])('weights %i players by |S|!(k-|S|-1)!/k!', (k, expected) => {
    expect([...shapleyWeights(k)]).toEqual(expected);
  });

  it('splits an interaction evenly and keeps additive parts apart', () => {
    // v(S) = 2·[a] + 3·[b] + 4·[a and b]: φ_a = 2 + 2, φ_b = 3 + 2.
    const v = [0, 2, 3, 9].map((x) => Float64Array.of(x, -x));
    const [a, b] = shapley(2, v);
    expect([...a!]).toEqual([4, -4]);
    expect([...b!]).toEqual([5, -5]);
  });

  it('gives NaN to a unit with a missing value and nothing for no players', () => {
    expect([...shapley(1, [Float64Array.of(NaN), Float64Array.of(1)])[0]!]).toEqual([NaN]);
    expect(shapley(0, [Float64Array.of(1)])).toEqual([]);
  });
});
