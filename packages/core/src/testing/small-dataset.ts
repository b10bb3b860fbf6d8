import type { Dataset } from '@smartcities/data/schema';

/**
 * A three-city, two-pillar dataset small enough to score by hand, used by the engine's tests.
 * Pillar a = (x1 + x2) / 2, pillar b = y1; index = (a + b) / 2, then leader-100.
 */
export const smallDataset: Dataset = {
  edition: { id: 'small', version: '1', hash: 'small' },
  units: [
    { id: 'amber', name: 'Amber' },
    { id: 'basil', name: 'Basil' },
    { id: 'cedar', name: 'Cedar' },
  ],
  framework: [
    { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
    { id: 'a', name: 'Pillar A', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'b', name: 'Pillar B', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'x1', name: 'X1', type: 'indicator', parent: 'a', weight: 1, direction: 1 },
    { id: 'x2', name: 'X2', type: 'indicator', parent: 'a', weight: 1, direction: 1 },
    { id: 'y1', name: 'Y1', type: 'indicator', parent: 'b', weight: 1, direction: 1 },
  ],
  values: {
    amber: { x1: 80, x2: 60, y1: 50 },
    basil: { x1: 40, x2: 100, y1: 70 },
    cedar: { x1: 20, x2: 40, y1: null },
  },
};
