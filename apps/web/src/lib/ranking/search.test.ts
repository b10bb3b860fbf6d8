import { describe, expect, it } from 'vitest';
import { sampleRows } from './fixtures';
import { filterRows, fold } from './search';

describe('filterRows()', () => {
  it.each([
    ['lon', ['london']],
    ['NEW', ['new-york']],
    ['上海', ['shanghai']],
    ['rio-de', ['rio-de-janeiro']],
    ['  ', ['london', 'new-york', 'shanghai', 'rio-de-janeiro']],
    ['atlantis', []],
  ])('"%s" finds %j', (query, expected) => {
    expect(filterRows(sampleRows, query).map((r) => r.city)).toEqual(expected);
  });
});

describe('fold()', () => {
  it('ignores case and accents', () => {
    expect(fold(' São Paulo ')).toBe('sao paulo');
  });
});
