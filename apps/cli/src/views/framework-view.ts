import { roundHalfUp } from '@smartcities/core/engine';
import type { ScoreResult } from '@smartcities/core/engine';
import { table, type Column, type View } from '../output/view.ts';
import { indented } from './node-order.ts';
import { provenanceLine } from './provenance.ts';
import { percent } from './show.ts';

/** One framework node with its weights under the scenario. */
export interface FrameworkRow {
  id: string;
  name: string;
  type: 'indicator' | 'aggregate';
  parent: string | null;
  depth: number;
  /** The relative weight in the framework (or the scenario's override). */
  weight: number;
  /** Share of the parent: the weight over its active siblings' weights; 0 when excluded. */
  share: number;
  /** Nominal share of the index (0 when excluded); aggregates sum their indicators. */
  effectiveWeight: number;
  direction: 1 | -1;
  source: string | null;
  excluded: boolean;
}

const columns: Column<FrameworkRow>[] = [
  { key: 'id', header: 'Id', show: (v, r) => indented(String(v), r.depth) },
  { key: 'name', header: 'Name' },
  { key: 'type', header: 'type', only: 'csv' },
  { key: 'parent', header: 'parent', only: 'csv' },
  {
    key: 'weight',
    header: 'Weight',
    align: 'right',
    show: (v) => String(roundHalfUp(Number(v), 3)),
  },
  { key: 'share', header: 'Of parent', align: 'right', show: percent },
  { key: 'effectiveWeight', header: 'Effective', align: 'right', show: percent },
  {
    key: 'direction',
    header: 'Direction',
    show: (v, r) => (r.type === 'aggregate' ? '' : v === 1 ? 'higher is better' : 'lower is better'),
  },
  { key: 'source', header: 'Source', show: (v) => (v === null ? '' : String(v)) },
  { key: 'excluded', header: 'excluded', only: 'csv' },
];

function isActive(result: ScoreResult, id: string): boolean {
  return result.plan.children.has(id) || result.plan.indicators.includes(id);
}

function rowOf(result: ScoreResult, id: string, depth: number): FrameworkRow {
  const node = result.tree.nodes.get(id)!;
  const excluded = !isActive(result, id);
  const siblings = result.plan.children.get(node.parent ?? '');
  const weight = result.scenario.weights[id] ?? node.weight;
  const total = siblings ? siblings.weights.reduce((a, b) => a + b, 0) : weight;
  const source = typeof node.meta?.source === 'string' ? node.meta.source : null;
  const share = excluded || total === 0 ? 0 : weight / total;
  const effectiveWeight = excluded ? 0 : (result.plan.nodeWeights[id] ?? 0);
  return {
    id,
    name: node.name,
    type: node.type,
    parent: node.parent,
    depth,
    weight,
    share,
    effectiveWeight,
    direction: node.direction,
    source,
    excluded,
  };
}

function rowsOf(result: ScoreResult): FrameworkRow[] {
  const rows: FrameworkRow[] = [];
  const walk = (id: string, depth: number) => {
    rows.push(rowOf(result, id, depth));
    for (const kid of result.tree.children.get(id) ?? []) walk(kid, depth + 1);
  };
  walk(result.tree.root, 0);
  return rows;
}

/** The framework: every node with its weight, share of its parent, effective weight in the index, direction and source. */
export function frameworkView(result: ScoreResult, notes: string[] = []): View {
  const rows = rowsOf(result);
  return {
    json: { provenance: result.provenance, nodes: rows.map(({ depth: _depth, ...row }) => row) },
    blocks: [table({ columns, rows }), ...notes, provenanceLine(result.provenance)],
  };
}
