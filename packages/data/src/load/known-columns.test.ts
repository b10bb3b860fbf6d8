import { describe, expect, it } from 'vitest';
import { declaredByPrefix, knownRole } from './known-columns.ts';

describe('knownRole', () => {
  it.each([
    ['lat', 'coordinate'],
    ['Longitude', 'coordinate'],
    ['LNG', 'coordinate'],
    ['ISO_A3', 'code'],
    ['Country Code', 'code'],
    ['region', 'group'],
    ['GDP_group', 'group'],
    ['income-group', 'group'],
    ['Population', 'meta'],
    ['Year', 'meta'],
    ['nameZh', 'meta'],
    ['name_fr', 'meta'],
    ['score', 'result'],
    ['tier', 'result'],
  ])('%s is a %s', (column, role) => expect(knownRole(column)).toBe(role));

  it.each(['gdp', 'names', 'latency', 'broadband', 'x1', 'x', 'y', 'ranked'])(
    '%s is not well known',
    (column) => expect(knownRole(column)).toBeUndefined(),
  );
});

describe('declaredByPrefix', () => {
  it.each([
    ['Group_GDP', 'group'],
    ['Den_Area', 'meta'],
    ['x_note', 'meta'],
    ['Group_', undefined],
    ['group_gdp', undefined],
    ['xray', undefined],
  ])('%s declares %s', (column, role) => expect(declaredByPrefix(column)).toBe(role));
});
