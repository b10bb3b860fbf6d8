import type { PrintedRow, PublishedFigures, PublishedNote, RankingRow } from '@smartcities/core/engine';
import type { Column } from '../output/view.ts';
import { fixed } from './show.ts';

/** The note of a printed figure whose recomputed digits differ (`score` or `pillars.<id>`). */
const noteOf = (p: PrintedRow | undefined, field: string) => p?.notes.find((n) => n.field === field);

/**
 * A score as the table shows it: the printed figure when the row carries one, marked "*" when the
 * recomputation shows other digits (the footnote says why); the computed score otherwise.
 */
export function printedOrComputed(
  computed: unknown,
  printed: number | undefined,
  note: PublishedNote | undefined,
): string {
  if (printed === undefined) return fixed()(computed);
  return `${fixed()(printed)}${note ? '*' : ''}`;
}

/** The field of a row's printed figure for a column: `score`, or the pillar's `pillars.<id>` on the index. */
export function printedField(
  row: RankingRow,
  id?: string,
): { printed: number | undefined; note: PublishedNote | undefined } {
  const p = row.published;
  if (!id) return { printed: p?.score, note: noteOf(p, 'score') };
  return { printed: p?.pillars?.[id], note: noteOf(p, `pillars.${id}`) };
}

/** A tier as a table shows it: the printed tier when there is one, "*" marking it when the computed tier differs. */
export function printedTier(
  computed: unknown,
  printed: Pick<PrintedRow, 'tier' | 'notes'> | undefined,
): string {
  if (!printed?.tier) return typeof computed === 'string' ? computed : '–';
  return `${printed.tier}${noteOf(printed as PrintedRow, 'tier') ? '*' : ''}`;
}

/**
 * A node's printed score and rank for a city (the index's score and rank, or a pillar's), each
 * with its note where the recomputation differs; nothing for nodes the report prints no score for.
 */
export function printedNode(
  p: PublishedFigures | undefined,
  node: string,
  root: string,
): { score?: number; rank?: number; scoreNote?: PublishedNote; rankNote?: PublishedNote } {
  if (!p) return {};
  const [score, rank] = node === root ? ['score', 'rank'] : [`pillars.${node}`, `pillarRanks.${node}`];
  const value = node === root ? p.score : p.pillars[node];
  if (value === undefined) return {};
  const find = (field: string) => p.notes.find((n) => n.field === field);
  return {
    score: value,
    rank: node === root ? p.rank : p.pillarRanks[node],
    ...(find(score) ? { scoreNote: find(score) } : {}),
    ...(find(rank) ? { rankNote: find(rank) } : {}),
  };
}

/** CSV-only columns with the printed figures and the reasons, for rows that carry them. */
export function printedCsvColumns(
  rows: readonly RankingRow[],
  kids: readonly string[],
): Column<RankingRow>[] {
  if (!rows.some((r) => r.published)) return [];
  const col = (key: string, value: (p: PrintedRow) => unknown): Column<RankingRow> => ({
    key,
    header: key,
    only: 'csv',
    value: (r) => (r.published ? value(r.published) : null),
  });
  const isIndex = rows.some((r) => r.published?.tier !== undefined);
  return [
    col('published_score', (p) => p.score),
    col('published_rank', (p) => p.rank),
    ...(isIndex
      ? [
          col('published_tier', (p) => p.tier),
          ...kids.map((k) => col(`published_${k}`, (p) => p.pillars?.[k])),
        ]
      : []),
    col('published_notes', (p) => p.notes.map((n) => footnoteText(n)).join('; ')),
  ];
}

/** Why one printed figure and the recomputation differ, in words (numbers shown with one decimal, or by `show`). */
export function footnoteText(n: PublishedNote, show: (v: number) => string = fixed()): string {
  const why = n.erratum
    ? `erratum ${n.erratum}`
    : `within the rounding of the unpublished inputs (±${n.bound})`;
  const shown = (v: number | string) => (typeof v === 'number' ? show(v) : v);
  return `${n.field} printed ${shown(n.published)}, recomputed ${shown(n.computed)}: ${why}`;
}

/** A footnote: its first line, then each marked figure of each named city, its recomputed value and why. */
export function notesFootnote(
  header: string,
  marked: readonly { name: string; note: PublishedNote }[],
  show?: (v: number) => string,
): string {
  return [header, ...marked.map(({ name, note }) => `* ${name}: ${footnoteText(note, show)}`)].join('\n');
}

/** The table's footnote: each marked figure, its recomputed value and why. */
export function printedFootnote(rows: readonly RankingRow[]): string | undefined {
  if (!rows.some((r) => r.published)) return undefined;
  const marked = rows.flatMap((r) =>
    (r.published?.notes ?? [])
      .filter((n) => ['score', 'tier'].includes(n.field) || n.field.startsWith('pillars.'))
      .map((note) => ({ name: r.name, note })),
  );
  return notesFootnote(
    "Printed figures as the report prints them (the report's method); * marks those the engine recomputes with other digits:",
    marked,
  );
}
