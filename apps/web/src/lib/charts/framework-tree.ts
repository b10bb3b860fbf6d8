import type * as Plot from '@observablehq/plot';
import { frameOptions, type ChartFrame } from './frame';

/** A node of the framework drawing: its label path from the index down, `|`-separated. */
export interface TreePath {
  path: string;
}

/** Height of the framework tree: one line per indicator. */
export const frameworkTreeHeight = (paths: readonly TreePath[]) =>
  24 + 20 * paths.filter((p) => p.path.split('|').length === 3).length;

/** The framework as a tree (index → pillars → indicators), labels carrying the effective weights. */
export function frameworkTree(plot: typeof Plot, paths: TreePath[], frame: ChartFrame): Element {
  return plot.plot({
    ...frameOptions({ ...frame, width: Math.max(640, frame.width) }),
    axis: null,
    height: frameworkTreeHeight(paths),
    margin: 10,
    marginLeft: 60,
    marginRight: 260,
    marks: [
      plot.tree(paths, {
        path: 'path',
        delimiter: '|',
        textStroke: 'var(--bg)',
        fill: 'currentColor',
        stroke: 'currentColor',
      }),
    ],
  });
}
