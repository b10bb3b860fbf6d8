import { mapObserved, type Normaliser } from './types.ts';

/**
 * Keeps the values as they are, for data already on a 0-100 "higher is better" scale (the 2020
 * report's own tables). A negative-direction indicator is mirrored to 100 - x: the pipeline
 * (score.ts) hands every normaliser its column already multiplied by the direction, so such a
 * column arrives as -x, and 100 + (-x) = 100 - x.
 */
export const asPublished: Normaliser = {
  name: 'as-published',
  coinr: '(none: data already normalised)',
  description: 'values used as printed (already on 0-100)',
  expects: { lower: 0, upper: 100 },
  unitWise: true,
  apply: (x, _params, ctx) => (ctx.direction === 1 ? x : mapObserved(x, (v) => 100 + v)),
};
