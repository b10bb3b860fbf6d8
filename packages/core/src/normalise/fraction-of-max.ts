import { fail } from '../errors.ts';
import { observed } from '@smartcities/data/stats';
import { mapObserved, type Normaliser } from './types.ts';

/**
 * Each value as a fraction of the best observed value, times `scale` (default 100): x / max, or
 * for a negative indicator (less is better) min / x on the original values. Needs a positive
 * maximum (and, for a negative indicator, positive values), otherwise a precise error.
 */
export const fractionOfMax: Normaliser = {
  name: 'fraction-of-max',
  coinr: 'n_fracmax',
  description: 'x / max (or min / x when less is better), times scale',
  apply(x, params, ctx) {
    const scale = params.scale ?? 100;
    const { max } = observed(x);
    if (ctx.direction === 1 && !(max > 0))
      fail(
        'non-positive',
        'normalisation.method',
        `fraction-of-max needs a positive maximum for "${ctx.indicator}"`,
      );
    if (ctx.direction === -1 && !(max < 0))
      fail(
        'non-positive',
        'normalisation.method',
        `fraction-of-max needs positive values for "${ctx.indicator}" (a less-is-better indicator)`,
      );
    return mapObserved(x, ctx.direction === 1 ? (v) => (v / max) * scale : (v) => (max / v) * scale);
  },
};
