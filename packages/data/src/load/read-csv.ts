import Papa from 'papaparse';
import { duplicateHeaderProblems } from './header-problems.ts';
import { nullRecord } from './null-record.ts';
import { problem, type Problem } from './problem.ts';
import { columnLetter, placeOf, type Table, type TableRow } from './table.ts';

/** The delimiter of a CSV text: `;` when the first line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  const counts = { ',': 0, ';': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';')) counts[char] += 1;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}

const isBlank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

function toRow(
  table: Table,
  record: readonly string[],
  index: number,
): { row: TableRow; problems: Problem[] } {
  const row: TableRow = {
    row: index + 1,
    cells: nullRecord(table.headers.map((header, column) => [header, (record[column] ?? '').trim()])),
  };
  if (record.length === table.headers.length) return { row, problems: [] };
  const message = `row has ${record.length} cells but the header has ${table.headers.length}`;
  return { row, problems: [problem('ragged-row', message, placeOf(table, null, row))] };
}

/**
 * Reads a CSV text (comma or semicolon separated, detected; quoted fields; UTF-8 BOM removed by the
 * caller) into a table whose first non-blank record is the header. Blank lines are skipped but
 * counted, so rows keep their record numbers.
 */
export function readCsv(file: string, text: string): { table: Table; problems: Problem[] } {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const headerIndex = parsed.data.findIndex((record) => !isBlank(record));
  const header = parsed.data[headerIndex] ?? [];
  const headers = header.map((cell, column) => cell.trim() || columnLetter(column));
  const table: Table = {
    file,
    headers,
    rows: [],
    headerRow: Math.max(headerIndex, 0) + 1,
    decimalComma: delimiter === ';',
  };
  const parseProblems = parsed.errors.map((error) =>
    problem('parse-error', error.message, { file, row: (error.row ?? 0) + 1, column: null }),
  );
  const read = parsed.data.flatMap((record, index) =>
    index <= headerIndex || isBlank(record) ? [] : [toRow(table, record, index)],
  );
  table.rows = read.map((entry) => entry.row);
  return {
    table,
    problems: [
      ...parseProblems,
      ...duplicateHeaderProblems(table),
      ...read.flatMap((entry) => entry.problems),
    ],
  };
}
