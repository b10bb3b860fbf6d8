import { describe, expect, it } from 'vitest';
import { ScoringError } from '../errors.ts';
import { aggregators, type AggregationMethod } from './registry.ts';
import type { AggregateInput, AggregationParams } from './types.ts';

const input = (columns: number[][], weights: number[], params: AggregationParams = {}): AggregateInput => ({
  columns: columns.map((c) => Float64Array.from(c)),
  weights: Float64Array.from(weights),
  units: columns[0]!.length,
  params,
  node: 'pillar',
});

// two children a = [80, 50], b = [20, 50] with weights 3 and 1
const table = input(
  [
    [80, 50],
    [20, 50],
  ],
  [3, 1],
);

describe('aggregators on a hand-worked table (a = [80, 50], b = [20, 50], weights 3:1)', () => {
  it.each<[AggregationMethod, AggregationParams, [number, number]]>([
    ['arithmetic', {}, [65, 50]], // (3·80 + 20) / 4
    ['geometric', {}, [56.568542, 50]], // (80³ · 20)^(1/4) = 40√2
    ['harmonic', {}, [45.714286, 50]], // 4 / (3/80 + 1/20)
    ['generalised', { p: 2 }, [70, 50]], // √((3·6400 + 400) / 4)
    ['generalised', { p: 1 }, [65, 50]],
    ['generalised', { p: 0 }, [56.568542, 50]],
    ['generalised', { p: -1 }, [45.714286, 50]],
    ['median', {}, [80, 50]], // cumulative weight passes half at 80
    ['copeland', {}, [1, -1]], // unit 1 wins on a (weight 3), loses on b (weight 1)
  ])('%s %j gives %j', (method, params, [first, second]) => {
    const out = aggregators[method].aggregate({ ...table, params });
    expect(out[0]).toBeCloseTo(first, 5);
    expect(out[1]).toBeCloseTo(second, 5);
  });

  it('averages the two middle values when equal weights split evenly (median)', () => {
    const out = aggregators.median.aggregate(input([[10], [20], [30], [40]], [1, 1, 1, 1]));
    expect(out[0]).toBe(25);
  });

  it('renormalises weights over the children present', () => {
    const out = aggregators.arithmetic.aggregate(
      input(
        [
          [NaN, 50],
          [20, NaN],
        ],
        [3, 1],
      ),
    );
    expect(Array.from(out)).toEqual([20, 50]);
  });

  it.each<AggregationMethod>(['geometric', 'harmonic'])(
    '%s refuses a zero with a message naming the node',
    (method) => {
      try {
        aggregators[method].aggregate(
          input(
            [
              [0, 50],
              [20, 50],
            ],
            [3, 1],
          ),
        );
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ScoringError);
        const issue = (error as ScoringError).issues[0]!;
        expect(issue.path).toBe('aggregation.pillar');
        expect(issue.message).toContain('needs positive values');
      }
    },
  );

  it('shifts on request so the smallest value is 1, then shifts back', () => {
    const out = aggregators.geometric.aggregate(
      input(
        [
          [0, 50],
          [20, 50],
        ],
        [3, 1],
        { nonPositive: 'shift' },
      ),
    );
    expect(out[0]).toBeCloseTo(21 ** 0.25 - 1, 9); // (1³ · 21)^(1/4) - 1
    expect(out[1]).toBeCloseTo(50, 9);
  });
});
