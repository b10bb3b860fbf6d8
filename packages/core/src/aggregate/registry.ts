import { arithmetic } from './arithmetic.ts';
import { copeland } from './copeland.ts';
import { generalised } from './generalised.ts';
import { geometric } from './geometric.ts';
import { harmonic } from './harmonic.ts';
import { medianAggregator } from './median.ts';
import type { Aggregator } from './types.ts';

/** Every aggregation method by name. */
export const aggregators = {
  arithmetic,
  geometric,
  harmonic,
  generalised,
  median: medianAggregator,
  copeland,
} as const satisfies Record<string, Aggregator>;

/** An aggregation method name. */
export type AggregationMethod = keyof typeof aggregators;

/** The names of every aggregation method. */
export const aggregationMethods = Object.keys(aggregators) as AggregationMethod[];
