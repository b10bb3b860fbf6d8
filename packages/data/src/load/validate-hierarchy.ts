import { problem, type Problem } from './problem.ts';
import type { PlacedNode } from './placed-node.ts';

function duplicateProblems(nodes: readonly PlacedNode[]): Problem[] {
  const first = new Map<string, PlacedNode>();
  return nodes.flatMap((placed) => {
    const earlier = first.get(placed.node.id);
    if (earlier === undefined) {
      first.set(placed.node.id, placed);
      return [];
    }
    const message = `id "${placed.node.id}" is already used (row ${earlier.at('id').row ?? '?'})`;
    return [problem('duplicate-id', message, placed.at('id'))];
  });
}

/**
 * What the framework table declares, read from its raw cells, rows that failed to parse included:
 * so a broken row does not also make its parent look childless or its children look orphaned.
 */
export interface Declared {
  ids: ReadonlySet<string>;
  parents: ReadonlySet<string>;
  hasRoot: boolean;
}

function parentProblems(
  placed: PlacedNode,
  byId: ReadonlyMap<string, PlacedNode>,
  declared: Declared,
): Problem[] {
  const { id, parent, type } = placed.node;
  if (parent === null) {
    return type === 'indicator'
      ? [problem('orphan', `indicator "${id}" has no parent aggregate`, placed.at('parent'))]
      : [];
  }
  const target = byId.get(parent);
  if (target === undefined && declared.ids.has(parent)) return [];
  if (target === undefined)
    return [
      problem('unknown-parent', `parent "${parent}" of "${id}" is not in the framework`, placed.at('parent')),
    ];
  if (target.node.type === 'indicator')
    return [
      problem(
        'indicator-parent',
        `parent "${parent}" of "${id}" is an indicator; only aggregates have children`,
        placed.at('parent'),
      ),
    ];
  return [];
}

function cycleProblems(nodes: readonly PlacedNode[], byId: ReadonlyMap<string, PlacedNode>): Problem[] {
  const reported = new Set<string>();
  return nodes.flatMap((start) => {
    const path: string[] = [];
    let current: PlacedNode | undefined = start;
    while (current !== undefined && !path.includes(current.node.id)) {
      path.push(current.node.id);
      current = current.node.parent === null ? undefined : byId.get(current.node.parent);
    }
    if (current === undefined || current.node.id !== start.node.id || reported.has(start.node.id)) return [];
    path.forEach((id) => reported.add(id));
    return [
      problem('cycle', `the parents loop: ${[...path, start.node.id].join(' → ')}`, start.at('parent')),
    ];
  });
}

function rootProblems(nodes: readonly PlacedNode[], noRootPlace: Problem, declared: Declared): Problem[] {
  const roots = nodes.filter((placed) => placed.node.parent === null && placed.node.type === 'aggregate');
  if (roots.length === 0) return declared.hasRoot ? [] : [noRootPlace];
  const names = roots.map((root) => `"${root.node.id}"`).join(', ');
  return roots
    .slice(1)
    .map((root) =>
      problem(
        'multiple-roots',
        `only one aggregate may lack a parent (the index); found ${names}`,
        root.at('parent'),
      ),
    );
}

function childlessProblems(nodes: readonly PlacedNode[], declared: Declared): Problem[] {
  const parents = new Set(nodes.map((placed) => placed.node.parent));
  return nodes
    .filter(
      (placed) =>
        placed.node.type === 'aggregate' &&
        !parents.has(placed.node.id) &&
        !declared.parents.has(placed.node.id),
    )
    .map((placed) =>
      problem('childless-aggregate', `aggregate "${placed.node.id}" has no children`, placed.at('id')),
    );
}

/**
 * Checks a flat framework: unique ids, known aggregate parents, no cycles, exactly one root aggregate
 * (the index), no indicator without a parent, no aggregate without children. Returns every problem;
 * `declared` keeps rows that failed to parse from causing follow-on problems.
 */
export function validateHierarchy(
  nodes: readonly PlacedNode[],
  noRoot: Problem,
  declared: Declared = { ids: new Set(), parents: new Set(), hasRoot: false },
): Problem[] {
  const byId = new Map(nodes.map((placed) => [placed.node.id, placed]));
  return [
    ...duplicateProblems(nodes),
    ...nodes.flatMap((placed) => parentProblems(placed, byId, declared)),
    ...cycleProblems(nodes, byId),
    ...rootProblems(nodes, noRoot, declared),
    ...childlessProblems(nodes, declared),
  ];
}
