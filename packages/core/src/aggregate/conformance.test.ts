import { describe, expect, it } from 'vitest';
import { aggregators } from './registry.ts';
import type { AggregateInput } from './types.ts';

const input = (columns: number[][], weights = columns.map(() => 1), params = {}): AggregateInput => ({
  columns: columns.map((c) => Float64Array.from(c)),
  weights: Float64Array.from(weights),
  units: columns[0]!.length,
  params,
  node: 'pillar',
});

describe.each(Object.values(aggregators))('aggregator $name conforms', (aggregator) => {
  // unit 0 dominates unit 1, which dominates unit 2; unit 3 equals unit 1
  const out = aggregator.aggregate(
    input([
      [90, 60, 30, 60],
      [80, 50, 20, 50],
      [70, 40, 10, 40],
    ]),
  );

  it('is monotone: a unit better on every child scores higher', () => {
    expect(out[0]!).toBeGreaterThan(out[1]!);
    expect(out[1]!).toBeGreaterThan(out[2]!);
  });

  it('gives units with equal children equal scores (ties)', () => {
    expect(out[3]).toBe(out[1]);
  });

  it('stays within the children for the means (Copeland counts pairs instead)', () => {
    if (aggregator.name === 'copeland') expect(Array.from(out)).toEqual([3, 0, -3, 0]);
    else for (let u = 0; u < 4; u++) expect(out[u]! >= 10 - 1e-9 && out[u]! <= 90 + 1e-9).toBe(true);
  });

  it('skips missing children and is missing only when every child is', () => {
    const gappy = aggregator.aggregate(
      input([
        [NaN, 60, NaN],
        [80, NaN, NaN],
        [70, 40, NaN],
      ]),
    );
    expect(Number.isFinite(gappy[0]!)).toBe(true);
    expect(Number.isFinite(gappy[1]!)).toBe(true);
    expect(gappy[2]).toBeNaN();
  });

  it('makes a unit missing below the minimum data availability', () => {
    const strict = aggregator.aggregate(
      input(
        [
          [NaN, 60],
          [80, 50],
          [70, 40],
        ],
        [1, 1, 1],
        { minAvailability: 1 },
      ),
    );
    expect(strict[0]).toBeNaN();
    expect(Number.isFinite(strict[1]!)).toBe(true);
  });

  it('ignores a child with weight 0', () => {
    const zero = aggregator.aggregate(
      input(
        [
          [90, 10],
          [10, 90],
          [50, 50],
        ],
        [1, 0, 1],
      ),
    );
    expect(zero[0]!).toBeGreaterThan(zero[1]!);
  });
});
