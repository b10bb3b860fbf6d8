import type { ScoreResult } from '../../result.ts';
import { effectiveShares } from './effective-shares.ts';

/**
 * One indicator's part in a unit's change of an arithmetic index. With a = c·e (c the rescaling
 * factor, e the indicator's effective weight for this unit) and s its normalised score, the
 * index is Σ a·s. With bars for midpoints between the two sides, two exact identities
 *   Δ(a·s) = ā·Δs + Δa·s̄   and   Δa = Δ(c·e) = c̄·Δe + Δc·ē
 * give Δ(a·s) = ā·Δs (score) + c̄·Δe·s̄ (weight) + Δc·ē·s̄ (rescaling), summing to the change.
 * An indicator absent on one side (excluded or missing, weight 0) takes the other side's score,
 * so its whole part falls on the weight term.
 */
export interface IndicatorContribution {
  id: string;
  /** The pillar (child of the index) it belongs to. */
  pillar: string;
  /** Effective weight (share of the index before rescaling) on each side. */
  weightFrom: number;
  weightTo: number;
  scoreFrom: number | null;
  scoreTo: number | null;
  score: number;
  weight: number;
  rescaling: number;
  total: number;
}

/** The rescaling factors and results of the two sides, for the indicator split. */
export interface ArithmeticSides {
  from: ScoreResult;
  to: ScoreResult;
  cFrom: number;
  cTo: number;
}

/** Splits one unit's index change over the indicators of both sides (see IndicatorContribution). */
export function byIndicator(sides: ArithmeticSides, uFrom: number, uTo: number): IndicatorContribution[] {
  const e0 = effectiveShares(sides.from, uFrom);
  const e1 = effectiveShares(sides.to, uTo);
  const ids = sides.from.tree.indicators.filter((id) => e0.has(id) || e1.has(id));
  return ids.map((id) =>
    term(sides, id, valueOf(sides.from, id, uFrom), valueOf(sides.to, id, uTo), [
      e0.get(id) ?? 0,
      e1.get(id) ?? 0,
    ]),
  );
}

function valueOf(result: ScoreResult, id: string, unit: number): number | null {
  const v = result.scores[id]?.[unit];
  return v === undefined || Number.isNaN(v) ? null : v;
}

function term(
  { from, cFrom: c0, cTo: c1 }: ArithmeticSides,
  id: string,
  scoreFrom: number | null,
  scoreTo: number | null,
  [e0, e1]: [number, number],
): IndicatorContribution {
  const s0 = e0 > 0 ? scoreFrom! : (scoreTo ?? 0);
  const s1 = e1 > 0 ? scoreTo! : s0;
  const sBar = (s0 + s1) / 2;
  const eBar = (e0 + e1) / 2;
  const score = ((c0 * e0 + c1 * e1) / 2) * (s1 - s0);
  const weight = ((c0 + c1) / 2) * (e1 - e0) * sBar;
  const rescaling = (c1 - c0) * eBar * sBar;
  return {
    id,
    pillar: pillarOf(from, id),
    weightFrom: e0,
    weightTo: e1,
    scoreFrom,
    scoreTo,
    score,
    weight,
    rescaling,
    total: score + weight + rescaling,
  };
}

function pillarOf(result: ScoreResult, id: string): string {
  let node = result.tree.nodes.get(id)!;
  while (node.parent !== null && node.parent !== result.tree.root) node = result.tree.nodes.get(node.parent)!;
  return node.id;
}
