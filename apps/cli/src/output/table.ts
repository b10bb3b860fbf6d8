import type { Paint } from './colors.ts';
import { fitColumns } from './fit-columns.ts';
import { displayWidth, padTo, truncate } from './text-width.ts';
import { cellValue, columnsFor, type Column, type Table, type View } from './view.ts';
import { wrapText } from './wrap.ts';

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

/** Text cells are shortened to no fewer columns than this; headers to no fewer than four. */
const textMinimum = 10;
const headerMinimum = 4;
// digits, signs, separators, "%" and "(rank)": a number, never cut
const numberLike = /^[\s\d.,:%()+\-–−]*$/;

/**
 * How narrow a column may become: numbers (digits, signs, "%", "(rank)") are never shortened, texts
 * down to ten columns, the header down to four, and never wider than the column already is.
 */
function minimumWidth(header: string, cells: readonly string[], natural: number): number {
  const widths = (keep: (cell: string) => boolean) => Math.max(0, ...cells.filter(keep).map(displayWidth));
  const numbers = widths((cell) => numberLike.test(cell));
  const texts = Math.min(
    widths((cell) => !numberLike.test(cell)),
    textMinimum,
  );
  return Math.min(natural, Math.max(numbers, texts, Math.min(displayWidth(header), headerMinimum)));
}

function hiddenNote(hidden: readonly string[], width: number): string[] {
  if (hidden.length === 0) return [];
  const what = hidden.length === 1 ? '1 more column' : `${hidden.length} more columns`;
  const note = `(${what} not shown: ${hidden.join(', ')}; widen the terminal or use --format csv or json)`;
  return wrapText(note, width).split('\n');
}

/**
 * Lays a table out in aligned columns (numbers right-aligned by default) that fit `width`
 * terminal columns: texts and headers are shortened with "…" and columns that still do not fit
 * are left out with a note; numbers are never cut. Pads before colouring so that colour codes
 * never shift the alignment.
 */
export function formatTable<R>(t: Table<R>, paint: Paint, width = Infinity): string {
  const all = columnsFor(t, 'table');
  const cells = t.rows.map((row) => all.map((c) => shown(c, row)));
  const natural = all.map((c, k) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[k]!))),
  );
  const minimum = all.map((c, k) =>
    minimumWidth(
      c.header,
      cells.map((r) => r[k]!),
      natural[k]!,
    ),
  );
  const widths = fitColumns(natural, minimum, width);
  const columns = all.slice(0, widths.length);
  const pad = (text: string, k: number) => padTo(truncate(text, widths[k]!), widths[k]!, columns[k]!.align);
  const header = columns.map((c, k) => paint('bold', pad(c.header, k))).join('  ');
  const body = t.rows.map((row, r) =>
    columns.map((c, k) => paint(c.tone?.(cellValue(c, row), row), pad(cells[r]![k]!, k))).join('  '),
  );
  const hidden = all.slice(widths.length).map((c) => c.header);
  const lines = [header, ...body].map((line) => line.trimEnd()).concat(hiddenNote(hidden, width));
  return t.title ? [paint('bold', truncate(t.title, width)), ...lines].join('\n') : lines.join('\n');
}

/**
 * The table format of a view: its paragraphs (wrapped at spaces) and tables (fitted) within
 * `width` terminal columns, separated by blank lines.
 */
export function renderTable(view: View, paint: Paint, width = Infinity): string {
  const parts = view.blocks.map((block) =>
    typeof block === 'string' ? wrapText(block, width) : formatTable(block, paint, width),
  );
  return `${parts.join('\n\n')}\n`;
}
