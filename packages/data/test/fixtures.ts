import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { LoadResult, LoadSource, Problem } from '../src/load/index.ts';

/** A committed fixture under test/fixtures as a text source named by its file name. */
export function fixture(path: string): LoadSource {
  const url = new URL(`./fixtures/${path}`, import.meta.url);
  return { name: path.split('/').at(-1) ?? path, text: readFileSync(url, 'utf8') };
}

/** A committed binary fixture as a byte source. */
export function binaryFixture(path: string): LoadSource {
  const url = new URL(`./fixtures/${path}`, import.meta.url);
  return { name: path.split('/').at(-1) ?? path, bytes: new Uint8Array(readFileSync(url)) };
}

/** A CSV source from lines. */
export const csv = (name: string, ...lines: string[]): LoadSource => ({
  name,
  text: `${lines.join('\n')}\n`,
});

/** Where each problem is and what kind it is, for exact comparison. */
export function placesOf(result: LoadResult): Pick<Problem, 'code' | 'file' | 'row' | 'column'>[] {
  return result.ok ? [] : result.problems.map(({ code, file, row, column }) => ({ code, file, row, column }));
}

/** The problems of a failed load (empty when it succeeded). */
export const problemsOf = (result: LoadResult): Problem[] => (result.ok ? [] : result.problems);

type SheetRows = (string | number | null)[][];

/** An XLSX workbook written with exceljs: one sheet per entry, rows as given (row 1 first). */
export async function makeWorkbook(sheets: Record<string, SheetRows>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The workbook of test/fixtures/small.xlsx: our layout with a units and a framework sheet. */
export const smallWorkbook: Record<string, SheetRows> = {
  units: [
    ['id', 'name', 'group', 'speed', 'price'],
    ['north', 'North Town', 'A', 12.5, 3],
    ['south', 'South Town', 'B', 7.25, null],
    ['east', 'East Town', 'A', 9, 4.5],
  ],
  framework: [
    ['id', 'name', 'type', 'parent', 'weight', 'direction'],
    ['index', 'Small index', 'aggregate', null, 1, 1],
    ['speed', 'Speed', 'indicator', 'index', 2, 1],
    ['price', 'Price', 'indicator', 'index', 1, -1],
  ],
};
