import { escapeHtml as esc } from './html-escape.ts';

/** A column of an HTML table: header, cell text, numeric alignment. */
export interface HtmlColumn<R> {
  header: string;
  cell: (row: R) => string;
  numeric?: boolean;
}

/** An accessible HTML table (caption, column headers with scope), cells escaped. */
export function htmlTable<R>(caption: string, columns: readonly HtmlColumn<R>[], rows: readonly R[]): string {
  const cls = (c: HtmlColumn<R>) => (c.numeric ? ' class="n"' : '');
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${esc(c.header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((c) => `<td${cls(c)}>${esc(c.cell(row))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll"><table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
