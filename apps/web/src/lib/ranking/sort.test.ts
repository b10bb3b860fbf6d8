import { describe, expect, it } from 'vitest';
import { sampleRows } from './fixtures';
import { nextDir, sortFrom, sortRows } from './sort';

const ids = (rows: { city: string }[]) => rows.map((r) => r.city);

describe('sortFrom()', () => {
  it.each([
    ['', { key: 'rank', dir: 'asc' }],
    ['sort=economy&dir=desc', { key: 'economy', dir: 'desc' }],
    ['sort=name', { key: 'name', dir: 'asc' }],
    ['sort=gdp&dir=sideways', { key: 'rank', dir: 'asc' }],
  ])('reads "%s"', (query, expected) => {
    expect(sortFrom(new URLSearchParams(query), ['economy'])).toEqual(expected);
  });
});

describe('sortRows()', () => {
  it('orders by overall rank, best first, and reverses on desc', () => {
    expect(ids(sortRows(sampleRows, { key: 'rank', dir: 'asc' }, 'en'))).toEqual([
      'london',
      'new-york',
      'shanghai',
      'rio-de-janeiro',
    ]);
    expect(ids(sortRows(sampleRows, { key: 'rank', dir: 'desc' }, 'en'))).toEqual([
      'rio-de-janeiro',
      'shanghai',
      'new-york',
      'london',
    ]);
  });

  it('orders by a pillar rank and keeps unranked rows last in both directions', () => {
    expect(ids(sortRows(sampleRows, { key: 'economy', dir: 'asc' }, 'en'))).toEqual([
      'new-york',
      'london',
      'shanghai',
      'rio-de-janeiro',
    ]);
    expect(ids(sortRows(sampleRows, { key: 'economy', dir: 'desc' }, 'en'))).toEqual([
      'shanghai',
      'london',
      'new-york',
      'rio-de-janeiro',
    ]);
  });

  it('orders by name in the language of the page', () => {
    expect(ids(sortRows(sampleRows, { key: 'name', dir: 'asc' }, 'en'))).toEqual([
      'london',
      'new-york',
      'rio-de-janeiro',
      'shanghai',
    ]);
    expect(ids(sortRows(sampleRows, { key: 'name', dir: 'asc' }, 'zh'))).toEqual([
      'rio-de-janeiro',
      'london',
      'new-york',
      'shanghai',
    ]);
  });

  it('does not change its input', () => {
    const before = ids(sampleRows);
    sortRows(sampleRows, { key: 'rank', dir: 'desc' }, 'en');
    expect(ids(sampleRows)).toEqual(before);
  });
});

describe('nextDir()', () => {
  it('flips the active column and starts others ascending', () => {
    expect(nextDir({ key: 'economy', dir: 'asc' }, 'economy')).toBe('desc');
    expect(nextDir({ key: 'economy', dir: 'desc' }, 'economy')).toBe('asc');
    expect(nextDir({ key: 'economy', dir: 'asc' }, 'rank')).toBe('asc');
  });
});
