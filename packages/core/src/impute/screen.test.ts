import { describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { screenUnits, unitAvailability } from './screen.ts';

const dataset: Dataset = {
  edition: { id: 't', version: '1', hash: 't' },
  units: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })),
  framework: [
    { id: 'index', name: 'I', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    ...['x', 'y', 'z', 'w'].map((id) => ({
      id,
      name: id,
      type: 'indicator' as const,
      parent: 'index',
      weight: 1,
      direction: 1 as const,
    })),
  ],
  values: {
    a: { x: 1, y: 2, z: 3, w: 4 },
    b: { x: 1, y: null, z: 3, w: 4 },
    c: { x: null, y: null, z: 3 },
  },
};

describe('unitAvailability()', () => {
  it('is the share of indicators observed per unit (absent cells count as missing)', () => {
    expect(Array.from(unitAvailability(dataset))).toEqual([1, 0.75, 0.25]);
  });
});

describe('screenUnits()', () => {
  it.each([
    [0, ['a', 'b', 'c'], []],
    [0.75, ['a', 'b'], ['c']],
    [0.8, ['a'], ['b', 'c']],
  ])('with a threshold of %d keeps %j and leaves out %j', (threshold, kept, screened) => {
    const out = screenUnits(dataset, threshold);
    expect(out.dataset.units.map((u) => u.id)).toEqual(kept);
    expect(out.screened.map((s) => s.unit)).toEqual(screened);
    expect(Object.keys(out.dataset.values)).toEqual(kept);
  });
});
