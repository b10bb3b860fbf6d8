import { fail } from '../errors.ts';
import { mapObserved, perIndicator, type Normaliser } from './types.ts';

type Posts = { lower: number; upper: number };
const isPosts = (v: unknown): v is Posts =>
  typeof v === 'object' && v !== null && 'lower' in v && 'upper' in v;

/**
 * Share of the way from the lower to the upper goalpost, times `scale` (default 100), truncated
 * to the posts unless `truncate: false`. For a negative indicator the posts swap roles, as in COINr.
 */
export const goalposts: Normaliser = {
  name: 'goalposts',
  coinr: 'n_goalposts',
  description: '(x - lower) / (upper - lower), truncated, times scale',
  apply(x, params, ctx) {
    const posts = perIndicator(params.goalposts, ctx.indicator, isPosts);
    if (!posts)
      fail(
        'missing-param',
        'normalisation.params.goalposts',
        `goalposts needs goalposts for "${ctx.indicator}"`,
      );
    const scale = params.scale ?? 100;
    const truncate = params.truncate ?? true;
    // values arrive multiplied by the direction, so the posts are too
    const [lo, hi] = ctx.direction === 1 ? [posts.lower, posts.upper] : [-posts.upper, -posts.lower];
    if (!Number.isFinite(hi - lo))
      fail(
        'non-finite',
        'normalisation.params.goalposts',
        `the goalposts of "${ctx.indicator}" are too far apart to compute with (${posts.lower} to ${posts.upper})`,
      );
    return mapObserved(x, (v) => {
      const y = (v - lo) / (hi - lo);
      return (truncate ? Math.min(1, Math.max(0, y)) : y) * scale;
    });
  },
};
