import type { Paint } from './colors.ts';
import { cellValue, columnsFor, type Column, type Table, type View } from './view.ts';

/** Shows a missing value as an en dash and anything else as text. */
export function showDefault(value: unknown): string {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
    ? '–'
    : String(value);
}

function shown<R>(column: Column<R>, row: R): string {
  const value = cellValue(column, row);
  if (value === null || value === undefined) return '–';
  return column.show ? column.show(value, row) : showDefault(value);
}

/**
 * Lays a table out in aligned columns (numbers right-aligned by default), padding before
 * colouring so that colour codes never shift the alignment.
 */
export function formatTable<R>(t: Table<R>, paint: Paint): string {
  const columns = columnsFor(t, 'table');
  const cells = t.rows.map((row) => columns.map((c) => shown(c, row)));
  const widths = columns.map((c, k) => Math.max(c.header.length, ...cells.map((r) => r[k]!.length)));
  const pad = (text: string, k: number) =>
    columns[k]!.align === 'right' ? text.padStart(widths[k]!) : text.padEnd(widths[k]!);
  const header = columns.map((c, k) => paint('bold', pad(c.header, k))).join('  ');
  const body = t.rows.map((row, r) =>
    columns.map((c, k) => paint(c.tone?.(cellValue(c, row), row), pad(cells[r]![k]!, k))).join('  '),
  );
  const lines = [header, ...body].map((line) => line.trimEnd());
  return t.title ? [paint('bold', t.title), ...lines].join('\n') : lines.join('\n');
}

/** The table format of a view: its paragraphs and tables separated by blank lines. */
export function renderTable(view: View, paint: Paint): string {
  const parts = view.blocks.map((block) => (typeof block === 'string' ? block : formatTable(block, paint)));
  return `${parts.join('\n\n')}\n`;
}
