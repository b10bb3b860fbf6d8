import type { Dataset } from '@smartcities/data/schema';
import { cell, type ScoreResult } from './result.ts';
import { score } from './score.ts';
import { competitionRank } from '@smartcities/data/stats';
import type { TierName } from './tiers/types.ts';
import type { PublishedFigures, PublishedNote } from './published-figures.ts';
import { isReportMethod } from './report-method.ts';

/** What the report prints for a ranking row (under the report's method only), and why digits differ. */
export interface PrintedRow {
  score: number;
  rank: number;
  /** The index only: the printed tier and each pillar's printed score. */
  tier?: string;
  pillars?: Record<string, number>;
  notes: PublishedNote[];
}

/** One row of a ranking, the shape shared by the CLI's `rank --format json` and the API. */
export interface RankingRow {
  rank: number | null;
  city: string;
  name: string;
  score: number | null;
  tier: TierName | null;
  /** Places gained (+) or lost (-) against a baseline result, when one is given. */
  change?: number | null;
  /** Rank within a group of cities, when the ranking is restricted to one (`rowsInGroup`). */
  groupRank?: number | null;
  /** The children of the ranked node (pillars of the index, indicators of a pillar). */
  pillars: Record<string, { score: number | null; rank: number | null }>;
  /** The printed figures, when the options carry them (the report's method). */
  published?: PrintedRow;
}

/**
 * The ranking of the index (or of one aggregate, `node`), best first, ties in unit order, with
 * each row's children, unrounded. Pass a baseline result to get each row's rank change.
 * @example rankingRows(score(dataset), dataset)[0] // { rank: 1, city: 'london', score: 100, … }
 */
export function rankingRows(
  result: ScoreResult,
  dataset: Dataset,
  options: { node?: string; baseline?: ScoreResult; published?: Record<string, PublishedFigures> } = {},
): RankingRow[] {
  const node = options.node ?? result.tree.root;
  const isIndex = node === result.tree.root;
  const kids = result.plan.children.get(node)?.ids ?? [];
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const rows = result.unitIds.map((city, u): RankingRow => {
    const row: RankingRow = {
      rank: cell(result.ranks[node], u),
      city,
      name: names.get(city) ?? city,
      score: cell(result.scores[node], u),
      tier: isIndex ? result.tiers.tiers[u]! : null,
      pillars: Object.fromEntries(
        kids.map((k) => [k, { score: cell(result.scores[k], u), rank: rankOf(result, k, u) }]),
      ),
    };
    if (options.baseline) row.change = change(options.baseline, node, city, row.rank);
    const printed = options.published?.[city];
    if (printed) row.published = printedRow(printed, isIndex ? undefined : node);
    return row;
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

function printedRow(p: PublishedFigures, pillar: string | undefined): PrintedRow {
  if (!pillar) return { score: p.score, rank: p.rank, tier: p.tier, pillars: p.pillars, notes: p.notes };
  const notes = p.notes
    .filter((n) => n.field.endsWith(`.${pillar}`))
    .map((n) => ({ ...n, field: n.field.startsWith('pillars.') ? 'score' : 'rank' }));
  return { score: p.pillars[pillar] ?? NaN, rank: p.pillarRanks[pillar] ?? NaN, notes };
}

function rankOf(result: ScoreResult, node: string, unit: number): number | null {
  return cell(result.ranks[node] ?? nodeRanks(result, node), unit);
}

function change(baseline: ScoreResult, node: string, city: string, rank: number | null): number | null {
  const before = cell(baseline.ranks[node], baseline.unitIds.indexOf(city));
  return before === null || rank === null ? null : before - rank;
}

/**
 * The report's own method as the baseline of `rankingRows` (rows then carry `change`), or none when
 * the result already uses it: the rule the CLI's `rank` and the API's `/v1/rankings` share.
 * @example rankingRows(result, dataset, { ...defaultBaseline(result, dataset) })
 */
export function defaultBaseline(result: ScoreResult, dataset: Dataset): { baseline?: ScoreResult } {
  return isReportMethod(result) ? {} : { baseline: score(dataset) };
}

/**
 * A ranking row flattened for CSV and spreadsheets: each child's score under its id and its rank
 * under `<id>_rank`, after the row's own fields.
 * @example flatRankingRow(row) // { rank: 1, city: 'london', …, infrastructure: 89.925, infrastructure_rank: 3, … }
 */
export function flatRankingRow({
  pillars,
  published,
  ...row
}: RankingRow): Record<string, string | number | null> {
  const kids = Object.entries(pillars).flatMap(([id, kid]) => [
    [id, kid.score],
    [`${id}_rank`, kid.rank],
  ]);
  return { ...row, ...Object.fromEntries(kids), ...(published ? flatPrinted(published) : {}) };
}

/** The printed figures as `published_*` columns, and the differing fields with their reasons. */
function flatPrinted({ pillars = {}, notes, ...p }: PrintedRow): Record<string, string | number> {
  const reason = (n: PublishedNote) => `${n.field}: ${n.computed} (${n.erratum ?? `rounding ±${n.bound}`})`;
  return {
    ...Object.fromEntries(Object.entries(p).map(([k, v]) => [`published_${k}`, v])),
    ...Object.fromEntries(Object.entries(pillars).map(([k, v]) => [`published_${k}`, v])),
    published_notes: notes.map(reason).join('; '),
  };
}

const indicatorRanks = new WeakMap<ScoreResult, Map<string, Float64Array>>();

/** Competition ranks of any node, indicators included (computed on demand, then cached). */
export function nodeRanks(result: ScoreResult, node: string): Float64Array | undefined {
  if (result.ranks[node]) return result.ranks[node];
  const column = result.scores[node];
  if (!column) return undefined;
  let cache = indicatorRanks.get(result);
  if (!cache) indicatorRanks.set(result, (cache = new Map()));
  let ranks = cache.get(node);
  if (!ranks) cache.set(node, (ranks = competitionRank(column)));
  return ranks;
}
