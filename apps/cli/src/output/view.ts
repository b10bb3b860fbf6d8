/** A colour a cell may ask for; it is applied only when colour is on. */
export type Tone = 'green' | 'red' | 'yellow' | 'cyan' | 'dim' | 'bold';

/** One column: the CSV header (`key`), the table header, alignment and how to show a value. */
export interface Column<R = Record<string, unknown>> {
  key: string;
  header: string;
  align?: 'left' | 'right';
  /** The cell's value; defaults to `row[key]`. CSV writes it unrounded. */
  value?: (row: R) => unknown;
  /** How the table shows the value (rounded, with units); defaults to String, "–" for missing. */
  show?: (value: unknown, row: R) => string;
  tone?: (value: unknown, row: R) => Tone | undefined;
  /** Show the column in only one format (e.g. ids in CSV, a combined "score (rank)" in the table). */
  only?: 'csv' | 'table';
}

/** A table: rows of records shown through their columns, with an optional title. */
export interface Table<R = Record<string, unknown>> {
  title?: string;
  columns: Column<R>[];
  rows: R[];
}

/** A table of any row type: tables of different rows share a list, each rendered through its own columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = Table<any>;

/**
 * What a command shows: the JSON value, and the blocks (paragraphs and tables) of the table
 * format in reading order; the CSV format writes `csv`, or else the first table.
 */
export interface View {
  json: unknown;
  blocks: (string | AnyTable)[];
  /** The table CSV writes when it is not the first block (e.g. every row where the table format shows a selection). */
  csv?: AnyTable;
}

/** Typed identity helper for a table, so that columns see the row type. */
export function table<R>(t: Table<R>): Table<R> {
  return t;
}

/** The value of a cell: the column's accessor, or the field named by its key. */
export function cellValue<R>(column: Column<R>, row: R): unknown {
  return column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
}

/** The columns a format shows. */
export function columnsFor<R>(t: Table<R>, format: 'csv' | 'table'): Column<R>[] {
  return t.columns.filter((c) => c.only === undefined || c.only === format);
}

/** A table's machine form (CSV, XLSX): the column keys and one record per row, values unrounded. */
export function tableRecords<R>(t: Table<R>): { keys: string[]; records: Record<string, unknown>[] } {
  const columns = columnsFor(t, 'csv');
  return {
    keys: columns.map((c) => c.key),
    records: t.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, cellValue(c, row)]))),
  };
}
