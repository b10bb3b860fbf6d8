import type { Place } from './problem.ts';

/** One data row: its 1-based row in the file, its cells by column header, and (JSON) each cell's field path. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
  fields?: Record<string, string>;
}

/** A table read from a CSV file, a JSON array or a worksheet, with raw text cells. */
export interface Table {
  file: string;
  sheet?: string;
  headers: string[];
  rows: TableRow[];
  /** The header's row (1 in CSV files; a sheet may start lower; null for JSON). */
  headerRow: number | null;
  /** Whether `1,5` means 1.5 (semicolon-separated CSV). */
  decimalComma: boolean;
}

/** The place of a cell, or of a column header when `row` is omitted. */
export function placeOf(table: Table, column: string | null, row?: TableRow): Place {
  const field = row && column !== null ? row.fields?.[column] : undefined;
  return {
    file: table.file,
    ...(table.sheet ? { sheet: table.sheet } : {}),
    row: row ? row.row : table.headerRow,
    column,
    ...(field ? { field } : {}),
  };
}

/** The place of a whole table. */
export function tablePlace(table: Table): Place {
  return { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: null, column: null };
}

/** The spreadsheet letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetter(Math.floor(index / 26) - 1) + letter;
}
