import type { AggregationMethod } from '../aggregate/registry.ts';
import type { AggregationParams } from '../aggregate/types.ts';
import type { Node } from './fast-nodes.ts';
import type { NormalisedTable } from './normalised-table.ts';

/** What happened: null when `node.value` is filled, 'non-positive' when a geometric mean meets a value ≤ 0, 'slow' when only `score()` can do it. */
export type AggregateOutcome = null | 'non-positive' | 'slow';

/**
 * Fills `node.value.out` with the arithmetic or geometric mean of the children that are observed and
 * weighted (the registry's rules: renormalised over present children, `minAvailability`), column
 * by column so that every unit's sum runs in child order exactly as in the registry's aggregators.
 * `drop` is the indicator slot left out (-1: none).
 */
export function aggregateInto(
  node: Node,
  method: AggregationMethod,
  weights: Float64Array,
  table: NormalisedTable,
  nodes: Node[],
  drop: number,
  params: AggregationParams,
): AggregateOutcome {
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
function completeMeans(
  node: Node,
  weights: Float64Array,
  drop: number,
  need: number,
  geometric: boolean,
): void {
  const { out } = node.value;
  out.fill(0);
  let total = 0,
    count = 0;
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
  node.value.complete = count >= need;
}

/** Some values missing: per-unit weight totals and counts over the observed children. */
function observedMeans(
  node: Node,
  weights: Float64Array,
  drop: number,
  need: number,
  geometric: boolean,
): void {
  const { total, count } = node;
  const { out } = node.value;
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
  node.value.complete = !out.some(Number.isNaN);
}

/** sum / total (exp of it for the geometric mean), or NaN for a unit with fewer than `need` children. */
function finishMeans(
  out: Float64Array,
  total: Float64Array,
  count: Uint32Array,
  need: number,
  geometric: boolean,
): void {
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
function gatherColumns(
  node: Node,
  table: NormalisedTable,
  nodes: Node[],
  drop: number,
  logs: boolean,
): { min: number; complete: boolean } {
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
    const child = nodes[node.aggregate[c]!]!.value;
    node.columns[c] = child.out;
    node.columnLogs[c] = child.logs;
    complete &&= child.complete;
    if (!logs) continue;
    for (let u = 0; u < child.out.length; u++) if (child.out[u]! < min) min = child.out[u]!;
    if (child.logsReady) continue;
    for (let u = 0; u < child.out.length; u++) child.logs[u] = Math.log(child.out[u]!);
    child.logsReady = true;
  }
  return { min, complete };
}
