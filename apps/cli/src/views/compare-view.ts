import type { Profile, Provenance } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { indented, type OrderedNode } from './node-order.ts';
import { provenanceLine } from './provenance.ts';
import { fixed } from './show.ts';

interface Row {
  id: string;
  name: string;
  depth: number;
  cells: Record<string, { score: number | null; rank: number | null }>;
}

function cityColumns(profile: Profile): Column<Row>[] {
  const cell = (r: Row) => r.cells[profile.city];
  return [
    {
      key: profile.city,
      header: profile.name,
      align: 'right',
      only: 'table',
      value: (r) => cell(r)?.score,
      show: (v, r) => `${fixed()(v)} (${cell(r)?.rank ?? '–'})`,
    },
    { key: profile.city, header: profile.city, only: 'csv', value: (r) => cell(r)?.score },
    { key: `${profile.city}_rank`, header: `${profile.city} rank`, only: 'csv', value: (r) => cell(r)?.rank },
  ];
}

/** Cities side by side: every node's score and rank per city, best of each row highlighted by rank. */
export function compareView(profiles: Profile[], order: OrderedNode[], provenance: Provenance): View {
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
    ...profiles.flatMap(cityColumns),
  ];
  const tiers = profiles.map((p) => `${p.name}: rank ${p.rank ?? '–'}, ${p.tier ?? '–'}`).join(' · ');
  return {
    json: { provenance, cities: profiles.map((p) => p.city), profiles },
    blocks: [tiers, table({ columns, rows }), provenanceLine(provenance)],
  };
}
