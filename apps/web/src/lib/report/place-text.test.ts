import { describe, expect, it } from 'vitest';
import { placeText } from './place-text';

const place = { section: '2.1', page: 11, line: 323, table: '2-1' as const, anchor: 'World Bank' };

describe('placeText()', () => {
  it.each([
    [place, 'en', '§2.1, p. 11, table 2-1, line 323'],
    [place, 'zh', '第2.1节，第11页，表2-1，第323行'],
    [{ section: 'summary', page: 1, line: 112, anchor: 'x' }, 'en', 'executive summary, p. 1, line 112'],
    [{ section: 'appendix', page: 40, line: 839, anchor: 'x' }, 'zh', '附录，第40页，第839行'],
    [
      { section: '2.6', page: 36, line: 797, figure: '2-1', anchor: 'x' },
      'en',
      '§2.6, p. 36, figure 2-1, line 797',
    ],
  ] as const)('%o in %s', (p, lang, text) => {
    expect(placeText(p, lang)).toBe(text);
  });
});
