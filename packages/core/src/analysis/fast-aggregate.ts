import type { AggregationMethod } from '../aggregate/registry.ts';
import type { AggregationParams } from '../aggregate/types.ts';
import type { Plan } from '../plan.ts';
import type { DesignSpace, WeightGroup } from './design-space.ts';
import type { NormalisedTable } from './normalised-table.ts';

/** One active aggregate compiled for the fast model: where its children's columns live, its weights and output. */
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
  out: Float64Array;
  /** Scratch: the natural logs of `out` when a parent takes a geometric mean of it; running weight totals and counts. */
  logs: Float64Array;
  total: Float64Array;
  count: Uint32Array;
  columns: Float64Array[];
  columnLogs: Float64Array[];
}

/** Compiles the plan's active aggregates, children before parents (root last). */
export function compileNodes(plan: Plan, space: DesignSpace, units: number): Node[] {
  const order = new Map(plan.aggregates.map((id, k) => [id, k]));
  return plan.aggregates.map((id) => {
    const { ids, weights } = plan.children.get(id)!;
    const group = space.groups.find((g) => g.node === id) ?? null;
    return {
      id,
      indicator: Int32Array.from(ids, (kid) => plan.indicators.indexOf(kid)),
      aggregate: Int32Array.from(ids, (kid) => order.get(kid) ?? -1),
      weights: group ? new Float64Array(ids.length) : weights,
      group,
      method: plan.method.get(id)!,
      out: new Float64Array(units),
      logs: new Float64Array(units),
      total: new Float64Array(units),
      count: new Uint32Array(units),
      columns: new Array<Float64Array>(ids.length),
      columnLogs: new Array<Float64Array>(ids.length),
    };
  });
}

/** What happened: null when `node.out` is filled, 'non-positive' when a geometric mean meets a value ≤ 0, 'slow' when only `score()` can do it. */
export type AggregateOutcome = null | 'non-positive' | 'slow';

/**
 * Fills `node.out` with the arithmetic or geometric mean of the children that are observed and
 * weighted (the registry's rules: renormalised over present children, `minAvailability`), column
 * by column so that every unit's sum runs in child order exactly as in the registry's aggregators.
 * `drop` is the indicator slot left out (-1: none).
 */
export function aggregateInto(node: Node, method: AggregationMethod, weights: Float64Array, table: NormalisedTable, nodes: Node[], drop: number, params: AggregationParams): AggregateOutcome {
  if (method !== 'arithmetic' && method !== 'geometric') return 'slow';
  const geometric = method === 'geometric';
  const min = gatherColumns(node, table, nodes, drop, geometric);
  if (geometric && min <= 0) return params.nonPositive === 'shift' ? 'slow' : 'non-positive';
  const { out, total, count } = node;
  const units = out.length;
  out.fill(0);
  total.fill(0);
  count.fill(0);
  let active = 0;
  for (let c = 0; c < node.indicator.length; c++) {
    if (node.indicator[c] === drop && drop >= 0) continue;
    active++;
    const w = weights[c]!;
    if (w === 0) continue;
    const column = node.columns[c]!;
    const values = geometric ? node.columnLogs[c]! : column;
    for (let u = 0; u < units; u++) {
      const v = column[u]!;
      if (v !== v) continue;
      out[u] = out[u]! + w * values[u]!;
      total[u] = total[u]! + w;
      count[u] = count[u]! + 1;
    }
  }
  finishMeans(out, total, count, Math.max(1, Math.ceil((params.minAvailability ?? 0) * active - 1e-9)), geometric);
  return null;
}

/** sum / total (exp of it for the geometric mean), or NaN for a unit with fewer than `need` children. */
function finishMeans(out: Float64Array, total: Float64Array, count: Uint32Array, need: number, geometric: boolean): void {
  if (geometric) {
    for (let u = 0; u < out.length; u++) out[u] = count[u]! < need ? NaN : Math.exp(out[u]! / total[u]!);
  } else {
    for (let u = 0; u < out.length; u++) out[u] = count[u]! < need ? NaN : out[u]! / total[u]!;
  }
}

/**
 * Points `node.columns` (and their logs when needed) at the children's columns; returns the
 * smallest value of the active children, which ensurePositive tests (Infinity when none).
 */
function gatherColumns(node: Node, table: NormalisedTable, nodes: Node[], drop: number, logs: boolean): number {
  let min = Infinity;
  for (let c = 0; c < node.indicator.length; c++) {
    const slot = node.indicator[c]!;
    if (slot >= 0) {
      node.columns[c] = table.columns[slot]!;
      node.columnLogs[c] = table.logs[slot]!;
      if (slot !== drop && table.mins[slot]! < min) min = table.mins[slot]!;
      continue;
    }
    const child = nodes[node.aggregate[c]!]!;
    node.columns[c] = child.out;
    node.columnLogs[c] = child.logs;
    if (!logs) continue;
    for (let u = 0; u < child.out.length; u++) {
      const v = child.out[u]!;
      if (v < min) min = v;
      child.logs[u] = Math.log(v);
    }
  }
  return min;
}
