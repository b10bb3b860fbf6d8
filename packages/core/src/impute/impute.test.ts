import { describe, expect, it } from 'vitest';
import type { Dataset } from '@smartcities/data/schema';
import { impute } from './impute.ts';

const dataset: Dataset = {
  edition: { id: 't', version: '1', hash: 't' },
  units: [
    { id: 'a', name: 'A', group: 'north' },
    { id: 'b', name: 'B', group: 'north' },
    { id: 'c', name: 'C', group: 'south' },
    { id: 'd', name: 'D', group: 'south' },
  ],
  framework: [
    { id: 'index', name: 'I', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    { id: 'x', name: 'X', type: 'indicator', parent: 'index', weight: 1, direction: 1 },
  ],
  values: { a: { x: 10 }, b: { x: null }, c: { x: 40 }, d: { x: 70 } },
};

describe('impute()', () => {
  it.each([
    ['mean', 40, 'column'],
    ['median', 40, 'column'],
    ['group-mean', 10, 'group:north'],
  ] as const)('%s fills b with %d from %s and records it', (method, value, from) => {
    const out = impute(dataset, method);
    expect(out.changed).toEqual([{ unit: 'b', indicator: 'x', value, from }]);
    expect(out.dataset.values.b!.x).toBe(value);
    expect(dataset.values.b!.x).toBeNull();
  });

  it('falls back to the column mean for a group with nothing observed', () => {
    const lonely = {
      ...dataset,
      units: dataset.units.map((u) => (u.id === 'b' ? { ...u, group: 'east' } : u)),
    };
    expect(impute(lonely, 'group-mean').changed[0]).toEqual({
      unit: 'b',
      indicator: 'x',
      value: 40,
      from: 'column',
    });
  });

  it('changes nothing with none', () => {
    const out = impute(dataset, 'none');
    expect(out.changed).toEqual([]);
    expect(out.dataset).toBe(dataset);
  });

  it('takes groups from a named grouping column', () => {
    const regions = {
      ...dataset,
      units: dataset.units.map((u) => ({ ...u, meta: { region: u.id === 'a' ? 'x' : 'y' } })),
    };
    // b is in region y with c (40) and d (70): mean 55
    expect(impute(regions, 'group-mean', { group: 'region' }).changed[0]).toMatchObject({
      unit: 'b',
      value: 55,
      from: 'group:y',
    });
    expect(() => impute(regions, 'group-mean', { group: 'zone' })).toThrow(
      /no unit has a grouping column "zone"/,
    );
  });

  it('refuses an unknown method', () => {
    expect(() => impute(dataset, 'mode' as never)).toThrow(/unknown imputation method "mode"/);
  });
});
