import { cell, type ScoreResult } from '../result.ts';
import { nodeRanks } from '../rows.ts';
import { competitionRank, median } from '@smartcities/data/stats';

/** One member's place in a group: its score on the node, its rank among all units and within the group. */
export interface GroupPlace {
  city: string;
  score: number | null;
  rank: number | null;
  groupRank: number | null;
}

/**
 * Ranks of a group's members on one node (the index, a pillar or an indicator) within the group:
 * competition ranks on the unrounded scores (ties share the lowest rank), missing scores unranked.
 * Members not in the result are skipped. Rows are in group-rank order, ties in unit order.
 * @example groupRanks(result, 'infrastructure', ['shanghai', 'dubai'])[0] // { city: 'dubai', groupRank: 1, … }
 */
export function groupRanks(result: ScoreResult, node: string, members: readonly string[]): GroupPlace[] {
  const units = members.map((id) => result.unitIds.indexOf(id)).filter((u) => u >= 0);
  units.sort((a, b) => a - b);
  const column = result.scores[node];
  if (!column) return [];
  const scores = Float64Array.from(units, (u) => column[u]!);
  const inGroup = competitionRank(scores);
  const all = nodeRanks(result, node)!;
  const rows = units.map((u, i) => ({
    city: result.unitIds[u]!,
    score: cell(column, u),
    rank: cell(all, u),
    groupRank: cell(inGroup, i),
  }));
  return rows.sort((a, b) => (a.groupRank ?? Infinity) - (b.groupRank ?? Infinity));
}

/** The median score of a group's members on one node (type-7, missing values skipped); NaN for an empty group or unknown node. */
export function groupMedian(result: ScoreResult, node: string, members: readonly string[]): number {
  const column = result.scores[node];
  if (!column) return NaN;
  const units = members.map((id) => result.unitIds.indexOf(id)).filter((u) => u >= 0);
  return median(units.map((u) => column[u]!));
}

/** The ids of the groups a city belongs to, in the order the groups are given. */
export function groupsOf(city: string, groups: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(groups).flatMap(([id, members]) => (members.includes(city) ? [id] : []));
}
