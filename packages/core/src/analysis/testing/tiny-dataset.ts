import type { Dataset } from '@smartcities/data/schema';

/**
 * Three units, two pillars of one indicator each, small enough to work out by hand:
 * x = (80, 60, 40), y = (30, 50, 60) for units a, b, c.
 */
export const tinyDataset: Dataset = {
  edition: { id: 'tiny', version: '1', hash: 'tiny' },
  units: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  framework: [
    { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    { id: 'p1', name: 'Pillar 1', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'p2', name: 'Pillar 2', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'x', name: 'X', type: 'indicator', parent: 'p1', weight: 1, direction: 1 },
    { id: 'y', name: 'Y', type: 'indicator', parent: 'p2', weight: 1, direction: 1 },
  ],
  values: { a: { x: 80, y: 30 }, b: { x: 60, y: 50 }, c: { x: 40, y: 60 } },
};
