import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

/** The names a hostile file might give its units, and how the CSV writer must write them. */
export const formulaNames: [string, string][] = [
  ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['+cmd', "'+cmd"],
  ['@SUM(1)', "'@SUM(1)"],
  ['-cmd', "'-cmd"],
  ['\tx', "'\tx"],
  ['\rx', `"'\rx"`],
];

describe('toCsv()', () => {
  it('writes a header of every key, quotes fields that need it and ends lines with CRLF', () => {
    const text = toCsv([
      { city: 'london', name: 'London, UK', score: 100 },
      { city: 'x', note: 'say "hi"' },
    ]);
    expect(text).toBe('city,name,score,note\r\nlondon,"London, UK",100,\r\nx,,,"say ""hi"""\r\n');
  });

  it('writes only the given columns, in their order, and a header only for no rows', () => {
    expect(toCsv([{ a: 1, b: 2 }], ['b', 'a'])).toBe('b,a\r\n2,1\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('keeps UTF-8 text as it is', () => {
    expect(toCsv([{ city: '伦敦', note: 'São Paulo' }])).toBe('city,note\r\n伦敦,São Paulo\r\n');
  });

  it.each(formulaNames)('neutralises the formula-like text %j as %j', (name, field) => {
    expect(csvField(name)).toBe(field);
  });

  it('neutralises formula-like header cells too', () => {
    expect(toCsv([{ '=cmd': 1, '-x': 2 }]).split('\r\n')[0]).toBe("'=cmd,'-x");
  });

  it.each([
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [-3.2, '-3.2'],
    [0.1 + 0.2, '0.30000000000000004'],
    [true, 'true'],
    ['line\nbreak', '"line\nbreak"'],
    ['a-b = c', 'a-b = c'],
    [{ a: 1 }, '"{""a"":1}"'],
  ])('csvField(%j) is %j (numbers are never neutralised)', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
