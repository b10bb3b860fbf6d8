import type { RankingRow, ScoreResult } from '@smartcities/core/engine';
import type { Column, View } from '../output/view.ts';
import { table } from '../output/view.ts';
import { effectiveWeights } from './effective-weights.ts';
import { dataStepBlocks } from './data-steps-view.ts';
import { provenanceLine } from './provenance.ts';
import {
  printedCsvColumns,
  printedField,
  printedFootnote,
  printedOrComputed,
  printedTier,
} from './printed-columns.ts';
import { gainTone, signed, tierTone } from './show.ts';

/** The columns of one child (a pillar of the index, an indicator of a pillar): "score (rank)" in a table, two fields in CSV. */
function childColumns(id: string, isIndex: boolean): Column<RankingRow>[] {
  const child = (row: RankingRow) => row.pillars[id];
  const shown = (v: unknown, r: RankingRow) => {
    const { printed, note } = isIndex ? printedField(r, id) : { printed: undefined, note: undefined };
    return printedOrComputed(v, printed, note);
  };
  return [
    {
      key: id,
      header: id,
      align: 'right',
      only: 'table',
      value: (r) => child(r)?.score,
      show: (v, r) => `${shown(v, r)} (${child(r)?.rank ?? '–'})`,
    },
    { key: id, header: id, only: 'csv', value: (r) => child(r)?.score },
    { key: `${id}_rank`, header: `${id} rank`, only: 'csv', value: (r) => child(r)?.rank },
  ];
}

/**
 * The ranking as a view: JSON `{ provenance, effectiveWeights, rows }` (core's rows, unrounded;
 * each active node's share of the index), a table with the
 * score, tier, change against the report's method (when given) and each child's score and rank;
 * rows carrying the report's printed figures show those, "*" marking the ones recomputed with
 * other digits, explained in a footnote, and CSV adds them as `published_*` columns.
 */
export function rankingView(result: ScoreResult, rows: RankingRow[], node: string, title: string): View {
  const kids = result.plan.children.get(node)?.ids ?? [];
  const withChange = rows.some((row) => row.change !== undefined);
  const isIndex = node === result.tree.root;
  const columns: Column<RankingRow>[] = [
    { key: 'rank', header: 'Rank', align: 'right' },
    ...(rows.some((row) => row.groupRank !== undefined)
      ? [{ key: 'groupRank', header: 'In group', align: 'right' } satisfies Column<RankingRow>]
      : []),
    { key: 'city', header: 'City', only: 'csv' },
    { key: 'name', header: 'City' },
    {
      key: 'score',
      header: 'Score',
      align: 'right',
      show: (v, r) => printedOrComputed(v, printedField(r).printed, printedField(r).note),
    },
    ...(isIndex
      ? [
          {
            key: 'tier',
            header: 'Tier',
            tone: (v, r) => tierTone(r.published?.tier ?? v),
            show: (v, r) => printedTier(v, r.published),
          } satisfies Column<RankingRow>,
        ]
      : []),
    ...(withChange
      ? [
          {
            key: 'change',
            header: 'Change',
            align: 'right',
            show: signed(),
            tone: gainTone,
          } satisfies Column<RankingRow>,
        ]
      : []),
    ...kids.flatMap((id) => childColumns(id, isIndex)),
    ...printedCsvColumns(rows, kids),
  ];
  const footnote = printedFootnote(rows);
  return {
    json: {
      provenance: result.provenance,
      effectiveWeights: effectiveWeights(result),
      rows,
      ...(result.data && { data: result.data }),
    },
    blocks: [
      title,
      table({ columns, rows }),
      ...(footnote ? [footnote] : []),
      ...dataStepBlocks(result),
      provenanceLine(result.provenance),
    ],
  };
}
