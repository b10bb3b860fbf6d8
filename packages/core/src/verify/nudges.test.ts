import { describe, expect, it } from 'vitest';
import { aggregators } from '../aggregate/registry.ts';
import type { AggregationParams } from '../aggregate/types.ts';
import { normalisers } from '../normalise/registry.ts';

// Columns with a missing cell, a small value and mixed magnitudes, so a method that reads a
// column statistic (a minimum, a mean, a rank) gives some unit another value alone than in the column.
const columns = [
  Float64Array.from([72.5, 40, NaN, 0.5, 98, 61]),
  Float64Array.from([10, 55.5, 33, 80, 2, 47]),
  Float64Array.from([64, NaN, 12, 90, 35, 70]),
];
const unitIds = ['a', 'b', 'c', 'd', 'e', 'f'];
const alone = (column: Float64Array, u: number) => column.slice(u, u + 1);

describe('methods flagged unit-wise give a unit the same result alone as in its column', () => {
  const paramSets: AggregationParams[] = [{}, { minAvailability: 0.6 }, { p: 3 }];
  const flagged = Object.values(aggregators).flatMap((aggregator) =>
    paramSets.filter((params) => aggregator.unitWise?.(params)).map((params) => ({ aggregator, params })),
  );

  it.each(flagged)('aggregator $aggregator.name with $params', ({ aggregator, params }) => {
    const input = { columns, weights: Float64Array.from([1, 2, 0.5]), params, node: 'p' };
    const whole = aggregator.aggregate({ ...input, units: unitIds.length });
    const cells = unitIds.map(
      (_, u) => aggregator.aggregate({ ...input, columns: columns.map((c) => alone(c, u)), units: 1 })[0],
    );
    expect(cells).toEqual(Array.from(whole));
  });

  it.each(Object.values(normalisers).filter((n) => n.unitWise))('normaliser $name', (normaliser) => {
    const ctx = { indicator: 'x', direction: 1 as const, unitIds };
    const whole = normaliser.apply(columns[1]!, {}, ctx);
    const cells = unitIds.map(
      (id, u) => normaliser.apply(alone(columns[1]!, u), {}, { ...ctx, unitIds: [id] })[0],
    );
    expect(cells).toEqual(Array.from(whole));
  });

  it.each([
    ['min-max', normalisers['min-max'].unitWise],
    ['z-score', normalisers['z-score'].unitWise],
    ['rank', normalisers.rank.unitWise],
    ['copeland', aggregators.copeland.unitWise?.({})],
    ['geometric shifting non-positive values', aggregators.geometric.unitWise?.({ nonPositive: 'shift' })],
  ])('leaves %s unflagged: it reads the whole column', (_, flag) => {
    expect(flag).not.toBe(true);
  });
});
