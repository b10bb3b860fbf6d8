/** Anything placed in a framework: an id and the id of its parent. */
interface Placed {
  id: string;
  parent: string | null;
}

/**
 * Nodes in reading order: each child of the root in `order` (the report's column order), followed by
 * its own children in their given order; the root itself and deeper levels are left out.
 * @example frameworkOrder(nodes, 'index', ['infrastructure', 'economy']) // infrastructure, its indicators, economy, …
 */
export function frameworkOrder<T extends Placed>(
  nodes: readonly T[],
  root: string,
  order: readonly string[],
): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const tops = nodes.filter((n) => n.parent === root).sort((a, b) => rank(a.id) - rank(b.id));
  return tops.flatMap((top) => [top, ...nodes.filter((n) => n.parent === top.id)]);
}
