import type { AggregationMethod } from '../aggregate/registry.ts';
import type { Plan } from '../plan.ts';
import type { DesignSpace, WeightGroup } from './design-space.ts';

/** One aggregate's output for one run: scores, their logs (filled on demand) and whether all units are scored. */
export interface NodeValue {
  out: Float64Array;
  logs: Float64Array;
  logsReady: boolean;
  complete: boolean;
}

/** One active aggregate compiled for the fast model. */
export interface Node {
  id: string;
  /** Per child: the indicator slot (column of the normalised table), or -1 for an aggregate child. */
  indicator: Int32Array;
  /** Per child: the index of the aggregate child in the node list, or -1 for an indicator. */
  aggregate: Int32Array;
  /** Nominal weights, or the buffer that receives a group's sampled weights. */
  weights: Float64Array;
  group: WeightGroup | null;
  method: AggregationMethod;
  /**
   * True when no weight in the node's subtree varies: its output then depends only on the
   * normalisation, the aggregation method and the dropped indicator, and is computed once per
   * combination and kept in `cache`.
   */
  cacheable: boolean;
  cache: Map<number, NodeValue>;
  /** The value of the current run: `scratch`, or a cache entry. */
  value: NodeValue;
  scratch: NodeValue;
  /** Scratch for per-unit weight totals and counts, and the children's columns and logs. */
  total: Float64Array;
  count: Uint32Array;
  columns: Float64Array[];
  columnLogs: Float64Array[];
}

/** A fresh output buffer for `units` units. */
export function nodeValue(units: number): NodeValue {
  return { out: new Float64Array(units), logs: new Float64Array(units), logsReady: false, complete: false };
}

/** Compiles the plan's active aggregates, children before parents (root last). */
export function compileNodes(plan: Plan, space: DesignSpace, units: number): Node[] {
  const order = new Map(plan.aggregates.map((id, k) => [id, k]));
  const nodes: Node[] = [];
  for (const id of plan.aggregates) {
    const { ids, weights } = plan.children.get(id)!;
    const group = space.groups.find((g) => g.node === id) ?? null;
    const aggregate = Int32Array.from(ids, (kid) => order.get(kid) ?? -1);
    const scratch = nodeValue(units);
    nodes.push({
      id,
      indicator: Int32Array.from(ids, (kid) => plan.indicators.indexOf(kid)),
      aggregate,
      weights: group ? new Float64Array(ids.length) : weights,
      group,
      method: plan.method.get(id)!,
      cacheable: group === null && Array.from(aggregate).every((k) => k < 0 || nodes[k]!.cacheable),
      cache: new Map(),
      value: scratch,
      scratch,
      total: new Float64Array(units),
      count: new Uint32Array(units),
      columns: new Array<Float64Array>(ids.length),
      columnLogs: new Array<Float64Array>(ids.length),
    });
  }
  return nodes;
}
