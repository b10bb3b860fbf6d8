import { describe, expect, it } from 'vitest';
import { localName } from './local-name';

describe('localName()', () => {
  it.each([
    [{ id: 'london', name: 'London', nameZh: '伦敦' }, 'zh', '伦敦'],
    [{ id: 'london', name: 'London', nameZh: '伦敦' }, 'en', 'London'],
    [{ id: 'open-data', name: 'Open data' }, 'zh', '数据开放'],
    [{ id: 'gdp', name: 'GDP' }, 'zh', 'GDP'],
  ] as const)('%j in %s is %s', (item, lang, expected) => {
    expect(localName(item, lang)).toBe(expected);
  });
});
