import { cell, type ScoreResult } from '@smartcities/core/engine';
import type { Column, View } from '../output/view.ts';
import { table } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { fixed, gainTone, signed } from './show.ts';

/** One city in two rankings. */
export interface DiffRow {
  city: string;
  name: string;
  from: number | null;
  to: number | null;
  rankFrom: number | null;
  rankTo: number | null;
  /** Places gained (positive) from the first ranking to the second. */
  rankChange: number | null;
}

/** Both rankings' rows, ordered by the second ranking (unscored last). */
export function diffRows(from: ScoreResult, to: ScoreResult, name: (id: string) => string): DiffRow[] {
  const root = from.tree.root;
  const rows = to.unitIds.map((city, u) => {
    const v = from.unitIds.indexOf(city);
    const [rankFrom, rankTo] = [cell(from.ranks[root], v), cell(to.ranks[root], u)];
    return {
      city,
      name: name(city),
      from: cell(from.scores[root], v),
      to: cell(to.scores[root], u),
      rankFrom,
      rankTo,
      rankChange: rankFrom === null || rankTo === null ? null : rankFrom - rankTo,
    };
  });
  return rows.sort((a, b) => (a.rankTo ?? Infinity) - (b.rankTo ?? Infinity));
}

const columns: Column<DiffRow>[] = [
  { key: 'rankFrom', header: 'Rank (from)', align: 'right' },
  { key: 'from', header: 'Score (from)', align: 'right', show: fixed(2) },
  { key: 'city', header: 'City', only: 'csv' },
  { key: 'name', header: 'City' },
  { key: 'rankTo', header: 'Rank (to)', align: 'right' },
  { key: 'to', header: 'Score (to)', align: 'right', show: fixed(2) },
  { key: 'rankChange', header: 'Places', align: 'right', show: signed(), tone: gainTone },
];

/** The two rankings side by side: JSON `{ provenance: {from, to}, rows }`, a table and a CSV. */
export function diffView(from: ScoreResult, to: ScoreResult, rows: DiffRow[]): View {
  return {
    json: { provenance: { from: from.provenance, to: to.provenance }, rows },
    blocks: [
      'Two rankings side by side (ordered by the second)',
      table({ columns, rows }),
      `from: ${provenanceLine(from.provenance)}\nto:   ${provenanceLine(to.provenance)}`,
    ],
  };
}
