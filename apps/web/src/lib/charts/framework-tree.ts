import type * as Plot from '@observablehq/plot';
import { formatPercent } from '../format';
import type { Lang } from '../i18n/lang';
import { localName, type Named } from '../i18n/local-name';
import { t } from '../i18n/t';
import { frameOptions, type ChartFrame } from './frame';

/** A node of the framework drawing: its label path from the index down, `|`-separated. */
export interface TreePath {
  path: string;
}

/** A framework node with its effective weight in the index. */
export type Weighted = Named & { effectiveWeight: number };

/** The width the methodology page's framework tree is drawn at (on the server; narrower screens scroll it). */
export const FRAMEWORK_TREE_WIDTH = 760;

/** Height of the framework tree: one line per indicator. */
export const frameworkTreeHeight = (paths: readonly TreePath[]) =>
  24 + 20 * paths.filter((p) => p.path.split('|').length === 3).length;

/**
 * The framework's label paths in a language: the index, each pillar and each of its indicators,
 * every label carrying its effective weight (`|` in names becomes `/`, the path's separator).
 */
export function frameworkPaths(
  pillars: readonly (Weighted & { indicators: Weighted[] })[],
  lang: Lang,
): TreePath[] {
  const clean = (text: string) => text.replaceAll('|', '/');
  const label = (node: Weighted) => `${clean(localName(node, lang))} ${formatPercent(node.effectiveWeight)}`;
  const root = t(lang, 'method.index');
  return [
    { path: root },
    ...pillars.flatMap((p) => [
      { path: `${root}|${label(p)}` },
      ...p.indicators.map((i) => ({ path: `${root}|${label(p)}|${label(i)}` })),
    ]),
  ];
}

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
