import { describe, expect, it } from 'vitest';
import { href, withLang } from './href';
import { langFrom } from './lang';

describe('href()', () => {
  it.each([
    ['/map', 'en', {}, '/map'],
    ['/map', 'zh', {}, '/map?lang=zh'],
    ['/compare', 'zh', { cities: 'london,paris' }, '/compare?cities=london%2Cparis&lang=zh'],
    ['/map', 'en', { colour: undefined }, '/map'],
  ] as const)('%s in %s', (path, lang, params, expected) => {
    expect(href(path, lang, params)).toBe(expected);
  });
});

describe('withLang()', () => {
  it('switches the language and keeps everything else', () => {
    expect(withLang(new URL('http://x/playground?a=geometric'), 'zh')).toBe(
      '/playground?a=geometric&lang=zh',
    );
    expect(withLang(new URL('http://x/playground?a=geometric&lang=zh'), 'en')).toBe(
      '/playground?a=geometric',
    );
  });
});

describe('langFrom()', () => {
  it.each([
    ['http://x/?lang=zh', 'zh'],
    ['http://x/', 'en'],
    ['http://x/?lang=fr', 'en'],
  ])('%s is %s', (url, lang) => {
    expect(langFrom(new URL(url))).toBe(lang);
  });
});
