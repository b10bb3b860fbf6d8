import { detectFormat, type DataFormat } from './detect-format.ts';
import { problem, type Problem } from './problem.ts';
import { readCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { readXlsx } from './read-xlsx.ts';
import { sourceBytes, sourceText, type LoadSource } from './source.ts';
import type { Table } from './table.ts';

/** The tables of one file: a CSV file or a bare JSON array under '', JSON members or sheets by name. */
export interface SourceTables {
  file: string;
  format: DataFormat;
  tables: Record<string, Table>;
  problems: Problem[];
}

/** The format of a file whose name says nothing: a zip signature is XLSX, `{` or `[` JSON, else CSV. */
function sniffFormat(source: LoadSource): DataFormat {
  const bytes = sourceBytes(source);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return /^\s*[[{]/.test(sourceText(source)) ? 'json' : 'csv';
}

/** Reads a user's file into tables, choosing the reader by extension (sniffing the content when it has none). */
export async function readSource(source: LoadSource): Promise<SourceTables> {
  const named = detectFormat(source.name);
  const format = named === 'unknown' ? sniffFormat(source) : named;
  const file = source.name;
  if (format === 'xlsx') return { file, format, ...(await readXlsx(file, sourceBytes(source))) };
  if (format === 'json') return { file, format, ...readJson(file, sourceText(source)) };
  const { table, problems } = readCsv(file, sourceText(source));
  return { file, format, tables: { '': table }, problems };
}

/** The table called `name` (a sheet or JSON member, matched case-insensitively), if the file has one. */
export function namedTable(read: SourceTables, name: string): Table | undefined {
  const key = Object.keys(read.tables).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : read.tables[key];
}

/**
 * The table called `name`, else the file's unnamed table (a CSV file or a bare JSON array), else the
 * only sheet of a workbook; otherwise a `missing-sheet` (XLSX) or `missing-table` (JSON) problem.
 */
export function pickTable(read: SourceTables, name: string): Table | Problem {
  const sheets = Object.values(read.tables);
  const table =
    namedTable(read, name) ??
    read.tables[''] ??
    (read.format === 'xlsx' && sheets.length === 1 ? sheets[0] : undefined);
  if (table) return table;
  const [code, kind] =
    read.format === 'xlsx' ? (['missing-sheet', 'sheet'] as const) : (['missing-table', 'member'] as const);
  const found =
    Object.keys(read.tables)
      .map((candidate) => `"${candidate}"`)
      .join(', ') || 'none';
  return problem(code, `no ${kind} "${name}" (found ${found})`, { file: read.file, row: null, column: null });
}

/** Whether a pick failed. */
export const isProblem = (value: Table | Problem): value is Problem => 'code' in value;
