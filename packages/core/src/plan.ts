import type { AggregationMethod } from './aggregate/registry.ts';
import { unknownName } from './did-you-mean.ts';
import { ScoringError, type Issue } from './errors.ts';
import { levelName, type FrameworkTree } from './framework/tree.ts';
import type { Scenario } from './scenario/schema.ts';

/** A scenario applied to a framework: the nodes still in play, their weights and methods. */
export interface Plan {
  /** Active children of every active aggregate, with their relative weights. */
  children: ReadonlyMap<string, { ids: string[]; weights: Float64Array }>;
  /** Active aggregates, children before parents, root last. */
  aggregates: readonly string[];
  /** Active indicators in framework order. */
  indicators: readonly string[];
  method: ReadonlyMap<string, AggregationMethod>;
  /** Nominal share of each active indicator in the index (sums to 1). */
  effectiveWeights: Readonly<Record<string, number>>;
  /** Nominal share of every active node in the index, aggregates included (the root has 1). */
  nodeWeights: Readonly<Record<string, number>>;
}

type Cache = WeakMap<object, Cache | Plan>;
const cache: Cache = new WeakMap();

/**
 * Resolves a scenario against a framework, with every problem reported at once; cached by the
 * only parts a plan reads (the weights, exclusions and aggregation objects, and the tree), so
 * scenarios that share those objects share one plan.
 */
export function planFor(tree: FrameworkTree, scenario: Scenario): Plan {
  const keys: object[] = [scenario.weights, scenario.exclude, scenario.aggregation];
  let level = cache;
  for (const key of keys) {
    let next = level.get(key) as Cache | undefined;
    if (!next) level.set(key, (next = new WeakMap()));
    level = next;
  }
  let plan = level.get(tree) as Plan | undefined;
  if (!plan) level.set(tree, (plan = build(tree, scenario)));
  return plan;
}

function build(tree: FrameworkTree, scenario: Scenario): Plan {
  const issues: Issue[] = [];
  const known = [...tree.nodes.keys()];
  checkIds(Object.keys(scenario.weights), 'weights', known, issues);
  checkIds(scenario.exclude, 'exclude', known, issues);
  if (scenario.exclude.includes(tree.root))
    issues.push({
      code: 'exclude-root',
      path: 'exclude',
      message: `cannot exclude the index "${tree.root}" itself`,
    });
  const levels = new Set(tree.aggregates.map((id) => levelName(tree.depth.get(id)!)));
  for (const level of Object.keys(scenario.aggregation.levels)) {
    if (!levels.has(level))
      issues.push({
        code: 'unknown-level',
        path: `aggregation.levels.${level}`,
        message: unknownName('level', level, [...levels]),
      });
  }
  if (issues.length > 0) throw new ScoringError(issues);
  const excluded = new Set(scenario.exclude);
  const children = new Map<string, { ids: string[]; weights: Float64Array }>();
  const method = new Map<string, AggregationMethod>();
  const aggregates: string[] = [];
  for (const id of tree.aggregates) {
    if (excluded.has(id) || hasExcludedAncestor(tree, id, excluded)) continue;
    const ids = tree.children.get(id)!.filter((kid) => !excluded.has(kid));
    if (ids.length === 0)
      issues.push({
        code: 'all-excluded',
        path: 'exclude',
        message: `every child of "${id}" is excluded; leave at least one or exclude "${id}" itself`,
      });
    // own keys only: a node id such as "constructor" must not find Object.prototype's
    const weights = Float64Array.from(ids, (kid) =>
      Object.hasOwn(scenario.weights, kid) ? scenario.weights[kid]! : tree.nodes.get(kid)!.weight,
    );
    if (ids.length > 0 && weights.every((w) => w === 0))
      issues.push({
        code: 'all-zero-weights',
        path: `weights`,
        message: `every weight under "${id}" is 0 (${ids.join(', ')}); at least one must be positive`,
      });
    children.set(id, { ids, weights });
    method.set(
      id,
      scenario.aggregation.levels[levelName(tree.depth.get(id)!)] ?? scenario.aggregation.method,
    );
    aggregates.push(id);
  }
  if (issues.length > 0) throw new ScoringError(issues);
  const indicators = tree.indicators.filter(
    (id) =>
      children.has(tree.nodes.get(id)!.parent!) &&
      children.get(tree.nodes.get(id)!.parent!)!.ids.includes(id),
  );
  const nodeWeights = shares(tree.root, children);
  const effectiveWeights = Object.fromEntries(indicators.map((id) => [id, nodeWeights[id]!]));
  return { children, aggregates, indicators, method, effectiveWeights, nodeWeights };
}

function checkIds(ids: string[], field: string, known: string[], issues: Issue[]): void {
  for (const id of ids) {
    if (!known.includes(id))
      issues.push({
        code: 'unknown-id',
        path: `${field}.${id}`,
        message: unknownName('indicator or pillar', id, known),
      });
  }
}

function hasExcludedAncestor(tree: FrameworkTree, id: string, excluded: Set<string>): boolean {
  for (let p = tree.nodes.get(id)!.parent; p !== null; p = tree.nodes.get(p)!.parent)
    if (excluded.has(p)) return true;
  return false;
}

function shares(
  root: string,
  children: Map<string, { ids: string[]; weights: Float64Array }>,
): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (id: string, share: number) => {
    out[id] = share;
    const node = children.get(id);
    if (!node) return;
    const total = node.weights.reduce((a, b) => a + b, 0);
    node.ids.forEach((kid, k) => walk(kid, (share * node.weights[k]!) / total));
  };
  walk(root, 1);
  return out;
}
