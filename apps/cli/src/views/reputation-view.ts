import { formatFixed } from '@smartcities/core/engine';
import type { Provenance, PublishedReputation, Reputation, ReputationRow } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { notesFootnote } from './printed-columns.ts';
import { provenanceLine } from './provenance.ts';
import { signed } from './show.ts';

type Printed = Record<string, PublishedReputation> | undefined;
type Field = 'papers' | 'reputationRank' | 'smartCityRank' | 'difference';

/** A cell as the table shows it: the printed figure when there is one ("*" where recomputed otherwise), else the computed one. */
const shownAs =
  (printed: Printed, field: Field, show: (v: unknown) => string) =>
  (v: unknown, r: ReputationRow): string => {
    const p = printed?.[r.city];
    if (!p) return show(v);
    return `${show(p[field])}${p.notes.some((n) => n.field === field) ? '*' : ''}`;
  };

const columns = (names: ReadonlyMap<string, string>, printed: Printed): Column<ReputationRow>[] => {
  const plain = (v: unknown) => (v === null || v === undefined ? '–' : String(v));
  const csv = (field: Field): Column<ReputationRow> => ({
    key: `published_${field}`,
    header: `published_${field}`,
    only: 'csv',
    value: (r) => printed?.[r.city]?.[field],
  });
  return [
    { key: 'city', header: 'city', only: 'csv' },
    { key: 'name', header: 'City', only: 'table', value: (r) => names.get(r.city) ?? r.city },
    { key: 'papers', header: 'Papers', align: 'right', show: shownAs(printed, 'papers', plain) },
    {
      key: 'reputationRank',
      header: 'Reputation rank',
      align: 'right',
      show: shownAs(printed, 'reputationRank', plain),
    },
    {
      key: 'smartRank',
      header: 'Smart city rank',
      align: 'right',
      show: shownAs(printed, 'smartCityRank', plain),
    },
    {
      key: 'difference',
      header: 'Difference',
      align: 'right',
      show: shownAs(printed, 'difference', signed()),
    },
    ...(printed ? (['papers', 'reputationRank', 'smartCityRank', 'difference'] as const).map(csv) : []),
  ];
};

/** The footnote of the printed table: each figure the recomputation gives otherwise, and why. */
function footnote(names: ReadonlyMap<string, string>, printed: Printed): string | undefined {
  if (!printed) return undefined;
  const marked = Object.entries(printed).flatMap(([city, p]) =>
    p.notes.map((note) => ({ name: names.get(city) ?? city, note })),
  );
  return notesFootnote(
    "Figures as table 2-6 prints them (the report's method); * marks those recomputed otherwise:",
    marked,
    String,
  );
}

/**
 * Table 2-6: papers, reputation rank, smart city rank, their difference, and the rank correlations.
 * Under the report's method the cells show the printed figures ("*" and a footnote where the
 * recomputation differs), JSON rows carry `published` and CSV `published_*` columns.
 */
export function reputationView(
  rep: Reputation,
  names: ReadonlyMap<string, string>,
  provenance: Provenance,
  printed?: Printed,
): View {
  const correlations = `Total papers ${rep.total}. Agreement between papers and the index: Spearman ρ = ${formatFixed(rep.spearman, 3)}, Kendall τ-b = ${formatFixed(rep.kendall, 3)}.`;
  const note =
    'Difference = smart city rank − reputation rank: positive when a city is better known than it is smart. The reputation index is a reference, never part of the total.';
  const rows = printed ? rep.rows.map((r) => ({ ...r, published: printed[r.city] })) : rep.rows;
  const printedNote = footnote(names, printed);
  return {
    json: { provenance, total: rep.total, spearman: rep.spearman, kendall: rep.kendall, rows },
    blocks: [
      printed
        ? 'Smart reputation (table 2-6 as printed, recomputed beside it)'
        : 'Smart reputation (table 2-6, recomputed)',
      table({ columns: columns(names, printed), rows: rep.rows }),
      ...(printedNote ? [printedNote] : []),
      `${correlations}\n${note}`,
      provenanceLine(provenance),
    ],
  };
}
