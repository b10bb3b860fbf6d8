import type { ReportPlace } from '../src/schema/index.ts';
import { proseAt, reportFacts, reportTables } from './report/facts.ts';

const proseLines = new Set(reportFacts.prose.map((p) => p.line));
/** Table rows and header lines (the header sits on the line before the first row) with their cells. */
const rows = new Map<number, readonly string[]>(
  Object.values(reportTables).flatMap((t) => [
    [t.rows[0]!.line - 1, t.header] as const,
    ...t.rows.map((r) => [r.line, r.cells] as const),
  ]),
);
/** The appendix table (lines 833-857) is not among the extracted tables. */
const appendix = (line: number) => line >= 833 && line <= 857;

/** True when the line of the text edition holds prose, a table row or the appendix table. */
export const printedLine = (line: number): boolean =>
  line >= 1 && line <= reportFacts.lineCount && (proseLines.has(line) || rows.has(line) || appendix(line));

/**
 * Whether the place's anchor is printed on its line, as far as the committed facts tell: a table
 * cell, a figure or a capitalised name of a prose line; undefined when the facts cannot tell
 * (a lower-case phrase, or the appendix).
 */
export function anchorPrinted({ line, anchor }: ReportPlace): boolean | undefined {
  const cells = rows.get(line);
  if (cells)
    return cells.some((cell) => cell === anchor || anchor.startsWith(cell) || cell.startsWith(anchor));
  if (!proseLines.has(line)) return undefined;
  const prose = proseAt(line);
  if (/^\d/.test(anchor)) return prose.figures.some((figure) => anchor.startsWith(figure));
  const first = anchor.split(/[ ,]/)[0]!;
  if (/^[A-Z]/.test(first)) return prose.names.some((name) => name.split(' ').includes(first));
  return undefined;
}
