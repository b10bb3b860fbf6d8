import { fail } from '../errors.ts';
import { observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Distance to a reference unit: 1 - (ref - x) / (ref - min), times `scale` (default 100); the
 * reference scores the scale, the minimum 0; `capMax` caps units beyond the reference.
 */
export const distanceToReference: Normaliser = {
  name: 'distance-to-reference',
  coinr: 'n_dist2ref',
  description: '1 - (ref - x) / (ref - min), times scale',
  apply(x, params, ctx) {
    const at = params.reference === undefined ? -1 : ctx.unitIds.indexOf(params.reference);
    if (at < 0)
      fail(
        'unknown-reference',
        'normalisation.params.reference',
        `reference unit "${params.reference ?? ''}" is not in the data`,
      );
    const ref = x[at]!;
    const { min } = observed(x);
    if (!(ref > min))
      fail(
        'degenerate-reference',
        'normalisation.params.reference',
        `reference unit "${params.reference}" must score above the worst unit on "${ctx.indicator}"`,
      );
    const scale = params.scale ?? 100;
    return mapObserved(x, (v) => {
      const y = 1 - (ref - v) / (ref - min);
      return (params.capMax ? Math.min(1, y) : y) * scale;
    });
  },
};
