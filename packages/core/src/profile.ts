import type { Dataset } from '@smartcities/data/schema';
import { cell, type ScoreResult } from './result.ts';
import { nodeRanks } from './rows.ts';
import { median } from '@smartcities/data/stats';
import type { TierName } from './tiers/types.ts';

/** One node of a city's profile: its score and rank beside the median and the leader. */
export interface ProfileNode {
  id: string;
  name: string;
  type: 'indicator' | 'aggregate';
  parent: string | null;
  /** Raw value for an indicator (as in the data), null for aggregates or missing cells. */
  value: number | null;
  score: number | null;
  rank: number | null;
  median: number;
  leader: number;
  /** score - median, null when the score is missing. */
  vsMedian: number | null;
}

/** A city's scores and ranks at every level, with its strongest and weakest indicators. */
export interface Profile {
  city: string;
  name: string;
  score: number | null;
  rank: number | null;
  tier: TierName | null;
  nodes: ProfileNode[];
  /** Best indicators by rank (ties broken by score), at most `count`. */
  strengths: ProfileNode[];
  weaknesses: ProfileNode[];
}

/**
 * The profile of one unit; undefined when the id is not in the result. Strengths are the
 * indicators with the best ranks, weaknesses the worst, `count` of each (default 3).
 * @example profile(result, dataset, 'london')?.strengths[0]?.id
 */
export function profile(result: ScoreResult, dataset: Dataset, city: string, count = 3): Profile | undefined {
  const u = result.unitIds.indexOf(city);
  if (u < 0) return undefined;
  const { tree } = result;
  const ids = [...result.plan.aggregates].reverse().concat(result.plan.indicators);
  const nodes = ids.map((id) => profileNode(result, dataset, id, u));
  const ranked = nodes.filter((n) => n.type === 'indicator' && n.rank !== null);
  ranked.sort((a, b) => a.rank! - b.rank! || b.score! - a.score!);
  const root = tree.root;
  return {
    city,
    name: dataset.units[u]?.name ?? city,
    score: cell(result.scores[root], u),
    rank: cell(result.ranks[root], u),
    tier: result.tiers.tiers[u] ?? null,
    nodes,
    strengths: ranked.slice(0, count),
    weaknesses: ranked.slice(-count).reverse(),
  };
}

function profileNode(result: ScoreResult, dataset: Dataset, id: string, u: number): ProfileNode {
  const node = result.tree.nodes.get(id)!;
  const column = result.scores[id]!;
  const score = cell(column, u);
  const raw = node.type === 'indicator' ? dataset.values[result.unitIds[u]!]?.[id] : null;
  let leader = -Infinity;
  for (const v of column) if (v > leader) leader = v;
  const mid = median(column);
  return {
    id,
    name: node.name,
    type: node.type,
    parent: node.parent,
    value: typeof raw === 'number' ? raw : null,
    score,
    rank: cell(nodeRanks(result, id), u),
    median: mid,
    leader,
    vsMedian: score === null ? null : score - mid,
  };
}
