import type { Dataset } from '@smartcities/data/schema';
import { cell, type ScoreResult } from './result.ts';
import { nodeRanks, rankingRows, type RankingRow } from './rows.ts';

/** How a cell was changed before normalisation: imputed, then possibly winsorised or logged. */
export type CellFlag = 'imputed' | 'winsorised' | 'log' | 'imputed+winsorised' | 'imputed+log';

/** A ranking row with every level of the framework, and the cells the data steps changed. */
export interface LevelRow extends RankingRow {
  /** Score and rank of every active aggregate below the index and every normalised indicator. */
  nodes: Record<string, { score: number | null; rank: number | null }>;
  /** Indicator id → what the data steps did to this unit's value (absent when nothing). */
  flags?: Record<string, CellFlag>;
}

/**
 * The node ids of `LevelRow.nodes`, top down: aggregates level by level from the index's
 * children down to the pillars, then the normalised indicators.
 */
export function levelNodes(result: ScoreResult): string[] {
  const { tree, plan } = result;
  const aggregates = plan.aggregates.filter((id) => id !== tree.root);
  const depth = (id: string) => tree.depth.get(id) ?? 0;
  return [...aggregates].sort((a, b) => depth(a) - depth(b)).concat(plan.indicators);
}

/**
 * The index ranking (`rankingRows`) with every level: each row gains `nodes` (score and
 * competition rank of every aggregate and normalised indicator) and `flags` for imputed and
 * treated cells.
 * @example levelRows(score(asem, scenario), asem)[0].nodes.Physical // { score: 61.2…, rank: 4 }
 */
export function levelRows(result: ScoreResult, dataset: Dataset): LevelRow[] {
  const ids = levelNodes(result);
  const flags = cellFlags(result);
  return rankingRows(result, dataset).map((row) => {
    const u = result.unitIds.indexOf(row.city);
    const nodes = Object.fromEntries(
      ids.map((id) => [id, { score: cell(result.scores[id], u), rank: cell(nodeRanks(result, id), u) }]),
    );
    const own = flags.get(row.city);
    return { ...row, nodes, ...(own && { flags: own }) };
  });
}

function cellFlags(result: ScoreResult): Map<string, Record<string, CellFlag>> {
  const out = new Map<string, Record<string, CellFlag>>();
  const mark = (unit: string, indicator: string, flag: 'imputed' | 'winsorised' | 'log') => {
    let row = out.get(unit);
    if (!row) out.set(unit, (row = {}));
    row[indicator] = row[indicator] ? (`${row[indicator]}+${flag}` as CellFlag) : flag;
  };
  for (const c of result.data?.imputed ?? []) mark(c.unit, c.indicator, 'imputed');
  for (const c of result.data?.treated ?? []) mark(c.unit, c.indicator, c.how);
  return out;
}

/**
 * A level row flattened for CSV and spreadsheets: rank, city, name, score, tier, then every
 * node's score under its id and rank under `<id>_rank`, then `flags` as `id:flag;…`.
 */
export function flatLevelRow(row: LevelRow): Record<string, string | number | null> {
  const nodes = Object.entries(row.nodes).flatMap(([id, n]) => [
    [id, n.score],
    [`${id}_rank`, n.rank],
  ]);
  const flags = Object.entries(row.flags ?? {})
    .map(([id, flag]) => `${id}:${flag}`)
    .join(';');
  return {
    rank: row.rank,
    city: row.city,
    name: row.name,
    score: row.score,
    tier: row.tier,
    ...Object.fromEntries(nodes),
    flags,
  };
}
