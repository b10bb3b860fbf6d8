import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';
import { toXlsx } from './xlsx.ts';

describe('toCsv()', () => {
  it('writes a header of every key and quotes fields that need it', () => {
    const text = toCsv([
      { city: 'london', name: 'London, UK', score: 100 },
      { city: 'x', note: 'say "hi"' },
    ]);
    expect(text).toBe('city,name,score,note\nlondon,"London, UK",100,\nx,,,"say ""hi"""\n');
  });

  it.each([
    [null, ''],
    [Number.NaN, ''],
    [0.1 + 0.2, '0.30000000000000004'],
    ['line\nbreak', '"line\nbreak"'],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toXlsx()', () => {
  it('writes sheets that read back with the same header and values', async () => {
    const bytes = await toXlsx([{ name: 'results', rows: [{ city: 'london', score: 100, tier: null }] }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('results')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'city', 'score', 'tier']);
    expect(sheet.getRow(2).getCell(1).value).toBe('london');
    expect(sheet.getRow(2).getCell(2).value).toBe(100);
    expect(sheet.getRow(2).getCell(3).value).toBeNull();
  });
});
