import { CLIError } from '../cli-error.ts';
import { cellValue, columnsFor, type Table, type View } from './view.ts';

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; empty for missing. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV: a header of column keys, then the unrounded values, CRLF-free. */
export function toCsv<R>(t: Table<R>): string {
  const columns = columnsFor(t, 'csv');
  const lines = [columns.map((c) => csvField(c.key)).join(',')];
  for (const row of t.rows) lines.push(columns.map((c) => csvField(cellValue(c, row))).join(','));
  return `${lines.join('\n')}\n`;
}

/** The CSV format of a view: its `csv` table, or else its first table. */
export function renderCsv(view: View): string {
  const first = view.csv ?? view.blocks.find((b): b is Table => typeof b !== 'string');
  if (!first) throw new CLIError('--format csv: this command has no table to write; use --format json', 2);
  return toCsv(first);
}
