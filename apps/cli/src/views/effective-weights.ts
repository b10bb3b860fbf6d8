import type { ScoreResult } from '@smartcities/core/engine';
import { wrapText } from '../output/wrap.ts';

/**
 * The nominal share of the index of every active pillar and indicator under a result's
 * scenario (core's `plan.nodeWeights`, the index itself left out), in framework order.
 */
export function effectiveWeights(result: ScoreResult): Record<string, number> {
  const { root } = result.tree;
  return Object.fromEntries(Object.entries(result.plan.nodeWeights).filter(([id]) => id !== root));
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The groups of siblings whose shares a scenario's weights changed: the parents, in framework order. */
function changedParents(result: ScoreResult): string[] {
  const named = new Set(Object.keys(result.scenario.weights));
  return result.plan.aggregates.filter((id) =>
    result.plan.children.get(id)!.ids.some((kid) => named.has(kid)),
  );
}

/**
 * What weights given in a scenario do, for standard error: the rule (weights are relative to
 * siblings; siblings not named keep their default), then each changed group with every
 * member's weight and share of the index. Undefined when the scenario gives no weights.
 */
export function weightsNote(result: ScoreResult): string | undefined {
  const parents = changedParents(result);
  if (parents.length === 0) return undefined;
  const rule =
    "note: weights are relative: a node's share of its parent is its weight over the sum of its siblings' weights, and siblings not named keep their default weight. Shares of the index:";
  const lines = wrapText(rule, 80).split('\n');
  for (const parent of parents.reverse()) {
    const { ids, weights } = result.plan.children.get(parent)!;
    const width = Math.max(...ids.map((id) => id.length));
    lines.push(`  ${parent === result.tree.root ? 'pillars' : parent}:`);
    ids.forEach((id, k) => {
      const weight = String(Math.round(weights[k]! * 1000) / 1000).padEnd(6);
      const share = percent(result.plan.nodeWeights[id]!).padStart(6);
      lines.push(`    ${id.padEnd(width)}  weight ${weight} ${share}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
