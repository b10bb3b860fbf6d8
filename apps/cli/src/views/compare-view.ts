import type { Profile, Provenance, PublishedFigures } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { indented, type OrderedNode } from './node-order.ts';
import { notesFootnote, printedNode, printedOrComputed, printedTier } from './printed-columns.ts';
import { provenanceLine } from './provenance.ts';

interface Row {
  id: string;
  name: string;
  depth: number;
  cells: Record<string, { score: number | null; rank: number | null }>;
}

/** What compare shows beside the profiles: the report's printed figures per city (its method only) and the index's id. */
export interface ComparePrinted {
  root: string;
  published?: Record<string, PublishedFigures> | undefined;
}

function cityColumns(profile: Profile, printed: ComparePrinted): Column<Row>[] {
  const cell = (r: Row) => r.cells[profile.city];
  const figures = printed.published?.[profile.city];
  const shown = (r: Row) => printedNode(figures, r.id, printed.root);
  const published: Column<Row>[] = figures
    ? [
        {
          key: `${profile.city}_published`,
          header: `${profile.city} published`,
          only: 'csv',
          value: (r) => shown(r).score,
        },
        {
          key: `${profile.city}_published_rank`,
          header: `${profile.city} published rank`,
          only: 'csv',
          value: (r) => shown(r).rank,
        },
      ]
    : [];
  return [
    {
      key: profile.city,
      header: profile.name,
      align: 'right',
      only: 'table',
      value: (r) => cell(r)?.score,
      show: (v, r) => {
        const p = shown(r);
        return `${printedOrComputed(v, p.score, p.scoreNote)} (${p.rank ?? cell(r)?.rank ?? '–'}${p.rankNote ? '*' : ''})`;
      },
    },
    { key: profile.city, header: profile.city, only: 'csv', value: (r) => cell(r)?.score },
    { key: `${profile.city}_rank`, header: `${profile.city} rank`, only: 'csv', value: (r) => cell(r)?.rank },
    ...published,
  ];
}

/** The footnote under the table: each printed figure the engine recomputes otherwise, and why. */
function compareFootnote(profiles: Profile[], published: ComparePrinted['published']): string | undefined {
  if (!published) return undefined;
  const marked = profiles.flatMap((p) =>
    (published[p.city]?.notes ?? []).map((note) => ({ name: p.name, note })),
  );
  return notesFootnote(
    "Printed figures as the report prints them (the report's method); * marks those the engine recomputes otherwise:",
    marked,
  );
}

/**
 * Cities side by side: every node's score and rank per city. Under the report's method the index
 * and pillar cells show the printed figures ("*" where the recomputation differs, explained in a
 * footnote), CSV adds `<city>_published` columns and JSON a `published` object per city.
 */
export function compareView(
  profiles: Profile[],
  order: OrderedNode[],
  provenance: Provenance,
  printed: ComparePrinted = { root: order[0]?.id ?? '' },
): View {
  const rows: Row[] = order.map(({ id, depth }) => {
    const cells = Object.fromEntries(
      profiles.map((p) => [p.city, p.nodes.find((n) => n.id === id) ?? { score: null, rank: null }]),
    );
    const name = profiles[0]?.nodes.find((n) => n.id === id)?.name ?? id;
    return {
      id,
      name,
      depth,
      cells: Object.fromEntries(Object.entries(cells).map(([c, n]) => [c, { score: n.score, rank: n.rank }])),
    };
  });
  const columns: Column<Row>[] = [
    { key: 'id', header: 'id', only: 'csv' },
    { key: 'name', header: 'Node', show: (v, r) => indented(String(v), r.depth) },
    ...profiles.flatMap((p) => cityColumns(p, printed)),
  ];
  const tier = (p: Profile) => printedTier(p.tier, printed.published?.[p.city]);
  const tiers = profiles.map((p) => `${p.name}: rank ${p.rank ?? '–'}, ${tier(p)}`).join(' · ');
  const footnote = compareFootnote(profiles, printed.published);
  const published = printed.published && {
    published: Object.fromEntries(profiles.map((p) => [p.city, printed.published![p.city]])),
  };
  return {
    json: { provenance, cities: profiles.map((p) => p.city), profiles, ...published },
    blocks: [tiers, table({ columns, rows }), ...(footnote ? [footnote] : []), provenanceLine(provenance)],
  };
}
