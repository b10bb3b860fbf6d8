import type { ScoreResult } from '../result.ts';
import type { RankingRow } from '../rows.ts';
import { groupRanks } from './group-ranks.ts';

/**
 * The rows of a ranking restricted to a group's members, each with its rank within the group
 * (`groupRank`, competition ranks on the node's unrounded scores) beside its overall rank; in group-rank order.
 * @example rowsInGroup(result, rankingRows(result, dataset), 'index', cityGroups.developing)[0] // { city: 'shanghai', rank: 4, groupRank: 1, … }
 */
export function rowsInGroup(
  result: ScoreResult,
  rows: readonly RankingRow[],
  node: string,
  members: readonly string[],
): RankingRow[] {
  const places = groupRanks(result, node, members);
  const byCity = new Map(rows.map((row) => [row.city, row]));
  return places.flatMap((place) => {
    const row = byCity.get(place.city);
    return row ? [{ ...row, groupRank: place.groupRank }] : [];
  });
}
