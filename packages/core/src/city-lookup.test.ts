import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { cityKey, lookupCity } from './city-lookup.ts';

const { cities, aliases } = edition2020;

describe('lookupCity()', () => {
  it.each([
    ['london', 'london'],
    ['London', 'london'],
    ['LONDON', 'london'],
    ['hong kong', 'hong-kong'],
    ['Hong Kong', 'hong-kong'],
    ['hongkong', 'hong-kong'],
    ['  New   York ', 'new-york'],
    ['rio de janeiro', 'rio-de-janeiro'],
    ['Bombay', 'mumbai'],
    ['bombay', 'mumbai'],
    ['Bei Jing', 'beijing'],
    ['北京', 'beijing'],
    ['香港', 'hong-kong'],
    ['Buenos', 'buenos-aires'],
  ])('finds %j as %s', (query, id) => {
    expect(lookupCity(query, cities, aliases)).toEqual({ ok: true, id });
  });

  it.each([
    ['londn', 'london'],
    ['new-yrok', 'new-york'],
    ['Hong Knog', 'hong-kong'],
    ['Bombya', 'mumbai'],
  ])('suggests the closest id for %j: %s', (query, suggestion) => {
    const found = lookupCity(query, cities, aliases);
    expect(found).toMatchObject({ ok: false, suggestion });
    expect(found.ok || found.message).toMatch(
      new RegExp(`^unknown city "${query}"; did you mean "${suggestion}"\\? expected an id`),
    );
  });

  it('suggests nothing when no city is close, and matches nothing on an empty query', () => {
    expect(lookupCity('atlantis', cities, aliases)).toMatchObject({ ok: false, suggestion: undefined });
    expect(lookupCity('', cities, aliases)).toMatchObject({ ok: false });
    expect(lookupCity(' - ', cities, aliases)).toMatchObject({ ok: false });
  });

  it("lets an id win over another city's name, and ignores aliases of cities not listed", () => {
    const twins = [
      { id: 'york', name: 'New York' },
      { id: 'new-york', name: 'York' },
    ];
    expect(lookupCity('new york', twins)).toEqual({ ok: true, id: 'new-york' });
    expect(lookupCity('York', twins)).toEqual({ ok: true, id: 'york' });
    expect(lookupCity('Bombay', twins, aliases)).toMatchObject({ ok: false });
  });
});

describe('cityKey()', () => {
  it.each([
    ['Bei Jing', 'beijing'],
    ['hong-kong', 'hongkong'],
    ['Ｔｏｋｙｏ', 'tokyo'],
    ["St. John's", 'stjohns'],
  ])('%j → %j', (text, key) => {
    expect(cityKey(text)).toBe(key);
  });
});
