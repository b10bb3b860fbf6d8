import { fail } from '../errors.ts';
import { observed } from '@smartcities/data/stats';
import { mapObserved, perIndicator, type Normaliser } from './types.ts';

const isNumber = (v: unknown): v is number => typeof v === 'number';

/**
 * Progress from the observed minimum to a target, (x - min) / (target - min), times `scale`
 * (default 100); above-target values exceed the scale unless `capMax`. The target is given in the
 * indicator's own units and flipped with a negative direction, as in COINr.
 */
export const distanceToTarget: Normaliser = {
  name: 'distance-to-target',
  coinr: 'n_dist2targ',
  description: '(x - min) / (target - min), times scale',
  apply(x, params, ctx) {
    const raw = perIndicator(params.target, ctx.indicator, isNumber);
    if (raw === undefined)
      fail(
        'missing-param',
        'normalisation.params.target',
        `distance-to-target needs a target for "${ctx.indicator}"`,
      );
    const target = raw * ctx.direction;
    const { min } = observed(x);
    const scale = params.scale ?? 100;
    return mapObserved(x, (v) => {
      const y = (v - min) / (target - min);
      return (params.capMax ? Math.min(1, y) : y) * scale;
    });
  },
};
