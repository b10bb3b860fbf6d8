/** One sheet of a workbook: a name and its rows (the columns are the keys, in order of appearance). */
export interface WorkbookSheet {
  name: string;
  rows: readonly Readonly<Record<string, unknown>>[];
  columns?: readonly string[];
}

const cell = (value: unknown): string | number | boolean | null => {
  if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)))
    return null;
  return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
};

/**
 * Sheets as an XLSX workbook (exceljs, loaded on first use): a bold, frozen header row of the
 * column keys, then unrounded values; missing values are empty cells. Sheet names are cut to
 * Excel's 31 characters. Text is always stored as a string cell, never as a formula (a formula needs
 * a `{ formula }` value, which this writer never builds), so `=HYPERLINK(...)` shows as text.
 * @example await toXlsx([{ name: 'results', rows: [{ city: 'london', score: 100 }] }]) // Uint8Array
 */
export async function toXlsx(sheets: readonly WorkbookSheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, columns } of sheets) {
    const keys = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const sheet = workbook.addWorksheet(name.slice(0, 31));
    sheet.addRow([...keys]).font = { bold: true };
    for (const row of rows) sheet.addRow(keys.map((key) => cell(row[key])));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
