import type { Workbook, Worksheet } from 'exceljs';
import { duplicateHeaderProblems } from './header-problems.ts';
import { nullRecord } from './null-record.ts';
import { problem, type Problem } from './problem.ts';
import { columnLetter, type Table } from './table.ts';
import { xlsxCellText } from './xlsx-cell.ts';

function rowTexts(sheet: Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: width }, (_, index) => xlsxCellText(row.getCell(index + 1).value));
}

function sheetTable(file: string, sheet: Worksheet): Table {
  const width = sheet.columnCount;
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (_row, rowNumber) => numbers.push(rowNumber));
  const [headerRow = 1, ...dataRows] = numbers;
  const headers = rowTexts(sheet, headerRow, width).map((text, index) => text || columnLetter(index));
  const rows = dataRows
    .map((rowNumber) => ({ row: rowNumber, texts: rowTexts(sheet, rowNumber, width) }))
    .filter(({ texts }) => texts.some((text) => text !== ''))
    .map(({ row, texts }) => ({
      row,
      cells: nullRecord(headers.map((header, index) => [header, texts[index] ?? ''])),
    }));
  return { file, sheet: sheet.name, headers, rows, headerRow, decimalComma: false };
}

async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const module = await import('exceljs');
  const ExcelJS = module.default ?? module;
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as a Node Buffer, but its zip reader takes any Uint8Array (browsers too).
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

/**
 * Reads every worksheet of an XLSX workbook into a table (header = first non-empty row, rows keep
 * their sheet row numbers, blank rows skipped), keyed by sheet name. exceljs is loaded on first use.
 */
export async function readXlsx(
  file: string,
  bytes: Uint8Array,
): Promise<{ tables: Record<string, Table>; problems: Problem[] }> {
  try {
    const workbook = await openWorkbook(bytes);
    const tables = Object.fromEntries(
      workbook.worksheets.map((sheet) => [sheet.name, sheetTable(file, sheet)]),
    );
    return { tables, problems: Object.values(tables).flatMap(duplicateHeaderProblems) };
  } catch (error) {
    const message = `not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`;
    return { tables: {}, problems: [problem('parse-error', message, { file, row: null, column: null })] };
  }
}
