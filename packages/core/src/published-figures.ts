import type { CellStatus, Verification, VerifiedCell } from './verify/types.ts';

/** Why a printed figure and the recomputation show different digits. */
export interface PublishedNote {
  /** `score`, `rank`, `tier`, `pillars.<id>` or `pillarRanks.<id>`. */
  field: string;
  published: number | string;
  computed: number | string;
  status: Exclude<CellStatus, 'exact'>;
  /** How far input rounding can move the cell (scores), from `verify`. */
  bound: number | null;
  erratum?: string;
}

/** What the report prints for one city: overall score, rank and tier, and each pillar's score and rank. */
export interface PublishedFigures {
  score: number;
  rank: number;
  tier: string;
  pillars: Record<string, number>;
  pillarRanks: Record<string, number>;
  /** The figures whose recomputed digits differ, each with its reason. */
  notes: PublishedNote[];
}

/**
 * The printed figures of every city, read from a verification (so each carries the status and
 * bound `verify` gave it): the overall table's score, rank and tier, and the score and rank of
 * tables 2-1 to 2-5. Show them beside computed values under the report's method only.
 * @example publishedFigures(verify(edition2020)).beijing // { score: 92.8, …, notes: [{ field: 'score', computed: 92.7, status: 'rounding', … }] }
 */
export function publishedFigures(verification: Verification): Record<string, PublishedFigures> {
  const out: Record<string, PublishedFigures> = {};
  const figures = (city: string) =>
    (out[city] ??= { score: NaN, rank: NaN, tier: '', pillars: {}, pillarRanks: {}, notes: [] });
  const pillarOfRow = new Map<string, string>();
  for (const cell of verification.rows)
    if (cell.unrounded !== undefined && cell.table !== 'overall')
      pillarOfRow.set(`${cell.table}|${cell.row}`, cell.column);
  for (const cell of verification.rows) {
    if (!cell.city) continue;
    const field = fieldOf(cell, pillarOfRow.get(`${cell.table}|${cell.row}`));
    if (!field) continue;
    const target = figures(cell.city);
    assign(target, field, cell.published);
    if (cell.status !== 'exact') target.notes.push(noteOf(field, cell));
  }
  return out;
}

function fieldOf(cell: VerifiedCell, pillar: string | undefined): string | undefined {
  if (cell.table === 'overall')
    return ['score', 'rank', 'tier'].includes(cell.column) ? cell.column : undefined;
  if (!pillar) return undefined;
  if (cell.column === pillar) return `pillars.${pillar}`;
  return cell.column === 'rank' ? `pillarRanks.${pillar}` : undefined;
}

function assign(target: PublishedFigures, field: string, value: number | string): void {
  const [head, key] = field.split('.') as [keyof PublishedFigures, string | undefined];
  if (key && (head === 'pillars' || head === 'pillarRanks')) target[head][key] = Number(value);
  else if (head === 'tier') target.tier = String(value);
  else if (head === 'score' || head === 'rank') target[head] = Number(value);
}

/** Why a verified cell's printed and recomputed digits differ, as a note on `field`. */
export function noteOf(field: string, cell: VerifiedCell): PublishedNote {
  const { published, computed, bound, erratum } = cell;
  const status = cell.status as PublishedNote['status'];
  return { field, published, computed, status, bound, ...(erratum ? { erratum } : {}) };
}
