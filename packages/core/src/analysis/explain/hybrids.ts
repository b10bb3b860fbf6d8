import { ScoringError } from '../../errors.ts';
import type { ScoreResult } from '../../result.ts';
import { score, scoreColumns, type ScoreColumns } from '../../score.ts';
import type { ExplainComponent, ExplainSide } from './components.ts';

/**
 * The side that takes the components whose bit is set in `mask` from `to`, the rest from `from`;
 * every bit set is `to` itself (tier rule included), no bit `from` itself.
 */
export function hybridSide(
  from: ExplainSide,
  to: ExplainSide,
  components: readonly ExplainComponent[],
  mask: number,
): ExplainSide {
  if (mask === (1 << components.length) - 1 && mask !== 0) return to;
  let side = from;
  components.forEach((component, j) => {
    if (mask & (1 << j)) side = component.take(side, to);
  });
  return side;
}

/**
 * Scores every hybrid of the differing components (2^k scorings) and returns each one's index
 * column in the order of `unitIds`, with the full results of the two ends (no bit, every bit);
 * the mixed scenarios in between are scored without ranks, tiers or provenance (`scoreColumns`). A hybrid that cannot be scored stops the explanation with
 * an error naming the components it mixes.
 */
export function scoreHybrids(
  from: ExplainSide,
  to: ExplainSide,
  components: readonly ExplainComponent[],
  unitIds: readonly string[],
): { first: ScoreResult; last: ScoreResult; index: Float64Array[] } {
  const index: Float64Array[] = [];
  const full = (1 << components.length) - 1;
  let first: ScoreResult | undefined;
  let last: ScoreResult | undefined;
  for (let mask = 0; mask <= full; mask++) {
    const side = hybridSide(from, to, components, mask);
    const end = mask === 0 || mask === full;
    const scored = scoring(() => (end ? score : scoreColumns)(side.dataset, side.scenario), components, mask);
    if (mask === 0) first = scored as ScoreResult;
    if (mask === full) last = scored as ScoreResult;
    index.push(aligned(scored, unitIds));
  }
  return { first: first!, last: last!, index };
}

/** Runs one scoring, turning its issues into issues that name the mixed scenario. */
function scoring<T>(run: () => T, components: readonly ExplainComponent[], mask: number): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringError)
      throw new ScoringError(error.issues.map((i) => mixed(i, components, mask)));
    throw error;
  }
}

function mixed(
  issue: { code: string; path: string; message: string },
  all: readonly ExplainComponent[],
  mask: number,
) {
  const full = (1 << all.length) - 1;
  if (mask === 0 || mask === full)
    return {
      ...issue,
      message: `the "${mask === 0 ? 'from' : 'to'}" scenario cannot be scored: ${issue.message}`,
    };
  const taken = all.filter((_, j) => mask & (1 << j)).map((c) => c.name);
  const others = all.filter((_, j) => !(mask & (1 << j))).map((c) => c.name);
  return {
    ...issue,
    message: `the mixed scenario with ${taken.join(', ') || 'nothing'} from "to" and ${others.join(', ') || 'nothing'} from "from" cannot be scored: ${issue.message}`,
  };
}

/** A column of a result (default: its index) in the order of `unitIds` (NaN for a unit it lacks); the column itself when the order is the same. */
export function aligned(
  result: ScoreColumns,
  unitIds: readonly string[],
  column: Float64Array = result.scores[result.tree.root]!,
): Float64Array {
  if (result.unitIds === unitIds || sameOrder(result.unitIds, unitIds)) return column;
  const at = new Map(result.unitIds.map((id, u) => [id, u]));
  return Float64Array.from(unitIds, (id) => {
    const u = at.get(id);
    return u === undefined ? NaN : column[u]!;
  });
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, u) => id === b[u]);
}
