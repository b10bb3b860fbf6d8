import type { FrameworkNode } from '../../schema/index.ts';
import { indicators } from './indicators.ts';
import { pillars } from './pillars.ts';

export { indicators } from './indicators.ts';
export { pillars } from './pillars.ts';

/** The id of the framework's root aggregate, the overall index. */
export const indexId = 'index';

/**
 * The 2020 framework in the engine's generic flat form: the index, the five pillars in the total
 * (equal relative weights) and their indicators (25% or 20% within the pillar). The reputation
 * reference index is not part of it.
 */
export const frameworkNodes: readonly FrameworkNode[] = [
  { id: indexId, name: 'Smart city index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
  ...pillars
    .filter((pillar) => pillar.inTotal)
    .map((pillar): FrameworkNode => ({
      id: pillar.id,
      name: pillar.name,
      type: 'aggregate',
      parent: indexId,
      weight: pillar.weight,
      direction: 1,
    })),
  ...indicators.map((indicator): FrameworkNode => ({
    id: indicator.id,
    name: indicator.name,
    type: 'indicator',
    parent: indicator.pillar,
    weight: indicator.weight,
    direction: indicator.direction,
    meta: { source: indicator.source },
  })),
];
