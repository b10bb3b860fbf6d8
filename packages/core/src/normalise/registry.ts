import { asPublished } from './as-published.ts';
import { borda } from './borda.ts';
import { distanceToMax } from './distance-to-max.ts';
import { distanceToReference } from './distance-to-reference.ts';
import { distanceToTarget } from './distance-to-target.ts';
import { fractionOfMax } from './fraction-of-max.ts';
import { goalposts } from './goalposts.ts';
import { minMax } from './min-max.ts';
import { percentileRank } from './percentile-rank.ts';
import { rankNormaliser } from './rank.ts';
import type { Normaliser } from './types.ts';
import { zScore } from './z-score.ts';

/** Every normalisation method by name. */
export const normalisers = {
  'as-published': asPublished,
  'min-max': minMax,
  'z-score': zScore,
  'fraction-of-max': fractionOfMax,
  'percentile-rank': percentileRank,
  rank: rankNormaliser,
  borda,
  goalposts,
  'distance-to-target': distanceToTarget,
  'distance-to-reference': distanceToReference,
  'distance-to-max': distanceToMax,
} as const satisfies Record<string, Normaliser>;

/** A normalisation method name. */
export type NormalisationMethod = keyof typeof normalisers;

/** The names of every normalisation method, in documentation order. */
export const normalisationMethods = Object.keys(normalisers) as NormalisationMethod[];
