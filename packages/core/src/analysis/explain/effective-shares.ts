import type { ScoreResult } from '../../result.ts';

/**
 * Each indicator's share in one unit's arithmetic index before rescaling: the product of the
 * relative weights down the tree, renormalised at every aggregate over the children this unit
 * has a score for (as the arithmetic mean does). Missing or zero-weight indicators get no entry.
 */
export function effectiveShares(result: ScoreResult, unit: number): Map<string, number> {
  const shares = new Map<string, number>();
  const walk = (id: string, share: number): void => {
    const node = result.plan.children.get(id);
    if (!node) {
      if (share > 0) shares.set(id, share);
      return;
    }
    const seen = node.ids.map((kid) => !Number.isNaN(result.scores[kid]![unit]!));
    const total = node.weights.reduce((sum, w, k) => (seen[k] ? sum + w : sum), 0);
    node.ids.forEach((kid, k) => {
      if (seen[k]) walk(kid, (share * node.weights[k]!) / total);
    });
  };
  if (!Number.isNaN(result.scores[result.tree.root]![unit]!)) walk(result.tree.root, 1);
  return shares;
}

/** The factor the rescaling multiplies the raw index by: 100 / leader for `leader-100`, else 1. */
export function rescaleFactor(result: ScoreResult): number {
  if (result.scenario.rescale !== 'leader-100') return 1;
  let leader = -Infinity;
  result.unitIds.forEach((_, u) => {
    let raw = 0;
    for (const [id, share] of effectiveShares(result, u)) raw += share * result.scores[id]![u]!;
    if (raw > leader) leader = raw;
  });
  return 100 / leader;
}

/** True when every aggregate of the result is an arithmetic mean. */
export function allArithmetic(result: ScoreResult): boolean {
  return [...result.plan.method.values()].every((method) => method === 'arithmetic');
}
