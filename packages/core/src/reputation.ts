import type { ScoreResult } from './result.ts';
import { cell } from './result.ts';
import { competitionRank } from '@smartcities/data/stats';
import { kendall } from './stats/kendall.ts';
import { spearman } from './stats/spearman.ts';

/** One city in the reputation comparison (table 2-6 recomputed). */
export interface ReputationRow {
  city: string;
  papers: number | null;
  reputationRank: number | null;
  smartRank: number | null;
  /** smartRank - reputationRank: positive when the city is better known than it is smart. */
  difference: number | null;
}

/** The "+1" reference index: never part of the total, compared with the smart city ranking. */
export interface Reputation {
  rows: ReputationRow[];
  total: number;
  /** Rank correlations between papers and the index score (ties averaged; tau-b). */
  spearman: number;
  kendall: number;
}

/**
 * Ranks cities by papers (more is better, ties share the lowest rank), sets each against its
 * smart city rank, and measures how far the two rankings agree. A city without a paper count
 * stays unranked. Rows are ordered by reputation rank, ties in unit order.
 * @example reputation(edition2020.papers, score(edition2020.dataset)).rows[0] // { city: 'beijing', papers: 72, … }
 */
export function reputation(papers: Readonly<Record<string, number | null>>, result: ScoreResult): Reputation {
  const counts = Float64Array.from(result.unitIds, (id) => papers[id] ?? NaN);
  const repRanks = competitionRank(counts);
  const smart = result.ranks[result.tree.root]!;
  const rows = result.unitIds.map((city, u): ReputationRow => {
    const reputationRank = cell(repRanks, u);
    const smartRank = cell(smart, u);
    const difference = reputationRank === null || smartRank === null ? null : smartRank - reputationRank;
    return { city, papers: cell(counts, u), reputationRank, smartRank, difference };
  });
  rows.sort((a, b) => (a.reputationRank ?? Infinity) - (b.reputationRank ?? Infinity));
  const total = counts.reduce((sum, v) => (Number.isNaN(v) ? sum : sum + v), 0);
  const index = result.scores[result.tree.root]!;
  return { rows, total, spearman: spearman(counts, index), kendall: kendall(counts, index) };
}
