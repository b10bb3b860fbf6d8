import { describe, expect, it } from 'vitest';
import { en } from './en';
import { t, translator } from './t';
import { zh } from './zh';

describe('t()', () => {
  it('fills placeholders in either language', () => {
    expect(t('en', 'city.rank', { rank: 3, total: 20 })).toBe('Rank 3 of 20');
    expect(t('zh', 'city.rank', { rank: 3, total: 20 })).toBe('第3名（共20个）');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'city.rank', { rank: 3 })).toBe('Rank 3 of {total}');
  });

  it('binds a language with translator()', () => {
    expect(translator('zh')('nav.map')).toBe('地图');
  });
});

describe('the dictionaries', () => {
  it('have the same keys and the same placeholders in Chinese as in English', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect([key, holes(zh[key])]).toEqual([key, holes(en[key])]);
  });
});
