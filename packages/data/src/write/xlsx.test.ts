import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaNames } from './csv.test.ts';
import { toXlsx } from './xlsx.ts';

async function readBack(bytes: Uint8Array<ArrayBuffer>): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer);
  return book;
}

describe('toXlsx()', () => {
  it('writes sheets that read back with the same header and values', async () => {
    const book = await readBack(
      await toXlsx([{ name: 'results', rows: [{ city: 'london', score: 100, tier: null }] }]),
    );
    const sheet = book.getWorksheet('results')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'city', 'score', 'tier']);
    expect(sheet.getRow(2).getCell(1).value).toBe('london');
    expect(sheet.getRow(2).getCell(2).value).toBe(100);
    expect(sheet.getRow(2).getCell(3).value).toBeNull();
  });

  it('stores formula-like names as plain strings, never as formulas, and numbers as numbers', async () => {
    const rows = formulaNames.map(([name]) => ({ name, score: -3.2 }));
    const book = await readBack(await toXlsx([{ name: 'units', rows }]));
    const sheet = book.getWorksheet('units')!;
    const cells = formulaNames.map((_, index) => sheet.getRow(index + 2).getCell(1));
    expect(cells.map((cell) => [cell.type, cell.value, cell.formula])).toEqual(
      // XML turns a carriage return in text into a line feed when it is read back.
      formulaNames.map(([name]) => [ExcelJS.ValueType.String, name.replace('\r', '\n'), undefined]),
    );
    expect(sheet.getRow(2).getCell(2).value).toBe(-3.2);
  });
});
