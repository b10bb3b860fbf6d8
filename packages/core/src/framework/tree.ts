import type { FrameworkNode } from '@smartcities/data/schema';
import { fail } from '../errors.ts';

/** A framework compiled for scoring: the root, children lists, depths and a bottom-up order. */
export interface FrameworkTree {
  nodes: ReadonlyMap<string, FrameworkNode>;
  root: string;
  /** Indicator ids in framework order. */
  indicators: readonly string[];
  /** Aggregate ids ordered so that every child comes before its parent (root last). */
  aggregates: readonly string[];
  children: ReadonlyMap<string, readonly string[]>;
  /** Distance from the root: 0 for the index, 1 for pillars, and so on. */
  depth: ReadonlyMap<string, number>;
}

const cache = new WeakMap<readonly FrameworkNode[], FrameworkTree>();

/**
 * Compiles a flat node list into a tree, refusing more or fewer than one root, unknown parents,
 * cycles, indicators with children and aggregates without children. Cached per node list.
 */
export function frameworkTree(nodes: readonly FrameworkNode[]): FrameworkTree {
  const hit = cache.get(nodes);
  if (hit) return hit;
  const tree = compile(nodes);
  cache.set(nodes, tree);
  return tree;
}

function compile(list: readonly FrameworkNode[]): FrameworkTree {
  const nodes = new Map(list.map((n) => [n.id, n]));
  const children = new Map<string, string[]>(list.map((n) => [n.id, []]));
  const roots = list.filter((n) => n.parent === null);
  if (roots.length !== 1)
    fail('framework-root', 'framework', `expected exactly one root, found ${roots.length}`);
  for (const node of list) {
    if (node.parent === null) continue;
    const siblings = children.get(node.parent);
    if (!siblings) fail('unknown-parent', `framework.${node.id}.parent`, `unknown parent "${node.parent}"`);
    siblings.push(node.id);
  }
  const root = roots[0]!.id;
  const depth = new Map<string, number>();
  const aggregates: string[] = [];
  const indicators: string[] = [];
  visit(root, 0, { nodes, children, depth, aggregates, indicators });
  if (depth.size !== nodes.size) {
    const orphan = list.find((n) => !depth.has(n.id))!;
    fail(
      'framework-cycle',
      `framework.${orphan.id}`,
      `"${orphan.id}" is not reachable from the root (cycle)`,
    );
  }
  return { nodes, root, indicators, aggregates, children, depth };
}

interface Walk {
  nodes: Map<string, FrameworkNode>;
  children: Map<string, string[]>;
  depth: Map<string, number>;
  aggregates: string[];
  indicators: string[];
}

function visit(id: string, d: number, walk: Walk): void {
  const node = walk.nodes.get(id)!;
  const kids = walk.children.get(id)!;
  walk.depth.set(id, d);
  if (node.type === 'indicator') {
    if (kids.length > 0) fail('indicator-children', `framework.${id}`, `indicator "${id}" has children`);
    walk.indicators.push(id);
    return;
  }
  if (kids.length === 0) fail('empty-aggregate', `framework.${id}`, `aggregate "${id}" has no children`);
  for (const kid of kids) visit(kid, d + 1, walk);
  walk.aggregates.push(id);
}

/** The name a level goes by in a scenario: `index` for the root, `pillars` below it, then `level-N`. */
export function levelName(depth: number): string {
  if (depth === 0) return 'index';
  if (depth === 1) return 'pillars';
  return `level-${depth}`;
}
