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
  /** Whether the last `out` had every unit scored. */
  complete: boolean;
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
      complete: false,
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
  const { min, complete } = gatherColumns(node, table, nodes, drop, geometric);
  if (geometric && min <= 0) return params.nonPositive === 'shift' ? 'slow' : 'non-positive';
  const active = node.indicator.length - (node.indicator.includes(drop) && drop >= 0 ? 1 : 0);
  const need = Math.max(1, Math.ceil((params.minAvailability ?? 0) * active - 1e-9));
  if (complete) completeMeans(node, weights, drop, need, geometric);
  else observedMeans(node, weights, drop, need, geometric);
  return null;
}

/**
 * Every active child observed for every unit: the weight total is the same for all units and is
 * summed once, in child order, as the registry sums it per unit.
 */
function completeMeans(node: Node, weights: Float64Array, drop: number, need: number, geometric: boolean): void {
  const { out } = node;
  out.fill(0);
  let total = 0, count = 0;
  for (let c = 0; c < node.indicator.length; c++) {
    const w = weights[c]!;
    if ((node.indicator[c] === drop && drop >= 0) || w === 0) continue;
    total += w;
    count++;
    const values = geometric ? node.columnLogs[c]! : node.columns[c]!;
    for (let u = 0; u < out.length; u++) out[u] = out[u]! + w * values[u]!;
  }
  if (count < need) out.fill(NaN);
  else if (geometric) for (let u = 0; u < out.length; u++) out[u] = Math.exp(out[u]! / total);
  else for (let u = 0; u < out.length; u++) out[u] = out[u]! / total;
  node.complete = count >= need;
}

/** Some values missing: per-unit weight totals and counts over the observed children. */
function observedMeans(node: Node, weights: Float64Array, drop: number, need: number, geometric: boolean): void {
  const { out, total, count } = node;
  out.fill(0);
  total.fill(0);
  count.fill(0);
  for (let c = 0; c < node.indicator.length; c++) {
    const w = weights[c]!;
    if ((node.indicator[c] === drop && drop >= 0) || w === 0) continue;
    const column = node.columns[c]!;
    const values = geometric ? node.columnLogs[c]! : column;
    for (let u = 0; u < out.length; u++) {
      if (Number.isNaN(column[u]!)) continue;
      out[u] = out[u]! + w * values[u]!;
      total[u] = total[u]! + w;
      count[u] = count[u]! + 1;
    }
  }
  finishMeans(out, total, count, need, geometric);
  node.complete = !out.some(Number.isNaN);
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
 * smallest value of the active children, which ensurePositive tests (Infinity when none), and
 * whether every one of their values is observed.
 */
function gatherColumns(node: Node, table: NormalisedTable, nodes: Node[], drop: number, logs: boolean): { min: number; complete: boolean } {
  let min = Infinity;
  let complete = true;
  for (let c = 0; c < node.indicator.length; c++) {
    const slot = node.indicator[c]!;
    if (slot >= 0) {
      node.columns[c] = table.columns[slot]!;
      node.columnLogs[c] = table.logs[slot]!;
      if (slot === drop) continue;
      if (table.mins[slot]! < min) min = table.mins[slot]!;
      complete &&= table.complete[slot] === 1;
      continue;
    }
    const child = nodes[node.aggregate[c]!]!;
    node.columns[c] = child.out;
    node.columnLogs[c] = child.logs;
    complete &&= child.complete;
    if (!logs) continue;
    for (let u = 0; u < child.out.length; u++) {
      const v = child.out[u]!;
      if (v < min) min = v;
      child.logs[u] = Math.log(v);
    }
  }
  return { min, complete };
}
