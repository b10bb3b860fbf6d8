import type { TierName } from '../../tiers/types.ts';
import type { Explanation, ExplainRow } from './explain-row.ts';
import type { Pass } from './passes.ts';
import type { Cutoffs, TierCrossing } from './tier-change.ts';

/** One unit's explanation as the CLI and the API print it (plain JSON, numbers unrounded). */
export interface ExplainJsonRow {
  city: string;
  from: number | null;
  to: number | null;
  change: number | null;
  rankFrom: number | null;
  rankTo: number | null;
  contributions: Record<string, number> | null;
  /** Each indicator's total part (score, weight and rescaling terms), where both sides are arithmetic. */
  byIndicator: Record<string, number> | null;
  byPillar: Record<string, number> | null;
  passed: { city: string; components: Record<string, number> }[];
  passedBy: { city: string; components: Record<string, number> }[];
  tierFrom: TierName | null;
  tierTo: TierName | null;
  tierCrossings: TierCrossing[];
}

/** The whole explanation as plain JSON. */
export interface ExplainJson {
  components: string[];
  differing: string[];
  scorings: number;
  cutoffs: { from: Cutoffs; to: Cutoffs };
  rows: ExplainJsonRow[];
}

const passJson = (p: Pass) => ({ city: p.unit, components: p.components });

/** Flattens one row: indicator parts to `{id: total}`, passes to `{city, components}`. */
export function explainJsonRow(row: ExplainRow): ExplainJsonRow {
  const { unit, byIndicator, passed, passedBy, ...rest } = row;
  return {
    city: unit,
    ...rest,
    byIndicator: byIndicator && Object.fromEntries(byIndicator.map((c) => [c.id, c.total])),
    passed: passed.map(passJson),
    passedBy: passedBy.map(passJson),
  };
}

/**
 * An explanation as plain JSON, the shape shared by `smartcities explain --format json` and
 * `/v1/explain`.
 */
export function explainJson(explanation: Explanation): ExplainJson {
  const { components, differing, scorings, cutoffs, rows } = explanation;
  return { components, differing, scorings, cutoffs, rows: rows.map(explainJsonRow) };
}
