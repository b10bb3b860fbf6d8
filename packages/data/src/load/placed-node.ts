import type { FrameworkNode } from '../schema/index.ts';
import type { Place } from './problem.ts';

/** A framework node with the place of each of its cells, so hierarchy problems can point at them. */
export interface PlacedNode {
  node: FrameworkNode;
  /** The place of this node's cell in a column (`id`, `parent`, `type`, `weight`, `level`...). */
  at: (column: 'id' | 'parent' | 'type' | 'level') => Place;
  /** COINr's level (1 = indicators), when the framework gives one. */
  level?: number;
}
