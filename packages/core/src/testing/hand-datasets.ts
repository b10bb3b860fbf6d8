import type { Dataset } from '@smartcities/data/schema';

const capitalised = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

/**
 * A dataset small enough to score by hand: an `index` over the given pillars, each the parent of
 * its indicators, every weight 1 and every direction "higher is better"; names are the ids capitalised.
 * @example handDataset('t', { p1: ['x'] }, { a: { x: 1 } })
 */
export function handDataset(
  id: string,
  pillars: Readonly<Record<string, readonly string[]>>,
  values: Dataset['values'],
): Dataset {
  const node = (nodeId: string, type: 'aggregate' | 'indicator', parent: string | null) =>
    ({ id: nodeId, name: capitalised(nodeId), type, parent, weight: 1, direction: 1 }) as const;
  return {
    edition: { id, version: '1', hash: id },
    units: Object.keys(values).map((unit) => ({ id: unit, name: capitalised(unit) })),
    framework: [
      node('index', 'aggregate', null),
      ...Object.keys(pillars).map((pillar) => node(pillar, 'aggregate', 'index')),
      ...Object.entries(pillars).flatMap(([pillar, indicators]) =>
        indicators.map((indicator) => node(indicator, 'indicator', pillar)),
      ),
    ],
    values,
  };
}

/**
 * Three cities, two pillars, one missing value: pillar a = (x1 + x2) / 2, pillar b = y1;
 * index = (a + b) / 2, then leader-100.
 */
export const smallDataset: Dataset = handDataset(
  'small',
  { a: ['x1', 'x2'], b: ['y1'] },
  {
    amber: { x1: 80, x2: 60, y1: 50 },
    basil: { x1: 40, x2: 100, y1: 70 },
    cedar: { x1: 20, x2: 40, y1: null },
  },
);

/** Three units, two pillars of one indicator each: x = (80, 60, 40), y = (30, 50, 60) for units a, b, c. */
export const tinyDataset: Dataset = handDataset(
  'tiny',
  { p1: ['x'], p2: ['y'] },
  { a: { x: 80, y: 30 }, b: { x: 60, y: 50 }, c: { x: 40, y: 60 } },
);
