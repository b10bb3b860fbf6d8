import type { ScoreResult } from '@smartcities/core/engine';

/** A node in display order with its depth (0 for the index). */
export interface OrderedNode {
  id: string;
  depth: number;
}

/** The active nodes of a result top-down: the index, then each pillar followed by its indicators. */
export function nodeOrder(result: ScoreResult): OrderedNode[] {
  const out: OrderedNode[] = [];
  const walk = (id: string, depth: number) => {
    out.push({ id, depth });
    for (const kid of result.plan.children.get(id)?.ids ?? []) walk(kid, depth + 1);
  };
  walk(result.tree.root, 0);
  return out;
}

/** A node's name indented by its depth, for tables. */
export function indented(name: string, depth: number): string {
  return `${'  '.repeat(depth)}${name}`;
}
