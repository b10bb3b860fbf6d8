import { formatFixed } from '@smartcities/core/engine';
import type { Provenance, Reputation, ReputationRow } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { signed } from './show.ts';

const columns = (names: ReadonlyMap<string, string>): Column<ReputationRow>[] => [
  { key: 'city', header: 'city', only: 'csv' },
  { key: 'name', header: 'City', only: 'table', value: (r) => names.get(r.city) ?? r.city },
  { key: 'papers', header: 'Papers', align: 'right' },
  { key: 'reputationRank', header: 'Reputation rank', align: 'right' },
  { key: 'smartRank', header: 'Smart city rank', align: 'right' },
  { key: 'difference', header: 'Difference', align: 'right', show: signed() },
];

/** Table 2-6 recomputed: papers, reputation rank, smart city rank, their difference, and the rank correlations. */
export function reputationView(
  rep: Reputation,
  names: ReadonlyMap<string, string>,
  provenance: Provenance,
): View {
  const correlations = `Total papers ${rep.total}. Agreement between papers and the index: Spearman ρ = ${formatFixed(rep.spearman, 3)}, Kendall τ-b = ${formatFixed(rep.kendall, 3)}.`;
  const note =
    'Difference = smart city rank − reputation rank: positive when a city is better known than it is smart. The reputation index is a reference, never part of the total.';
  return {
    json: { provenance, total: rep.total, spearman: rep.spearman, kendall: rep.kendall, rows: rep.rows },
    blocks: [
      'Smart reputation (table 2-6, recomputed)',
      table({ columns: columns(names), rows: rep.rows }),
      `${correlations}\n${note}`,
      provenanceLine(provenance),
    ],
  };
}
