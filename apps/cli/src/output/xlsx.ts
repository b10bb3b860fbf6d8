import { cellValue, columnsFor, type AnyTable } from './view.ts';

const cellOf = (value: unknown): string | number | boolean | null =>
  value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)) ? null : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);

/**
 * Tables as an XLSX workbook, one sheet per table (named by its title), a bold header of column
 * keys and unrounded values. exceljs is loaded only here.
 */
export async function toXlsx(tables: readonly AnyTable[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  tables.forEach((t, k) => {
    const sheet = workbook.addWorksheet(t.title ?? `Sheet${k + 1}`);
    const columns = columnsFor(t, 'csv');
    sheet.addRow(columns.map((c) => c.key)).font = { bold: true };
    for (const row of t.rows) sheet.addRow(columns.map((c) => cellOf(cellValue(c, row))));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
