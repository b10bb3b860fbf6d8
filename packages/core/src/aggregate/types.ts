/** Options shared by the aggregation methods. */
export interface AggregationParams {
  /** generalised: the power p of the weighted power mean (default 2). */
  p?: number;
  /**
   * Minimum share (0-1) of a parent's children that must be observed for the parent to have a
   * score; below it the parent is missing. Default 0: any observed child is enough.
   */
  minAvailability?: number;
  /** geometric, harmonic, generalised: what to do with zeros or negatives (default "error"). */
  nonPositive?: 'error' | 'shift';
}

/** One parent to aggregate: its children's columns (NaN = missing) and their relative weights. */
export interface AggregateInput {
  columns: readonly Float64Array[];
  weights: Float64Array;
  units: number;
  params: AggregationParams;
  /** Where this aggregate sits in the framework, for error messages. */
  node: string;
}

/** An aggregation method: combines the children's scores into the parent's, unit by unit or as a whole. */
export interface Aggregator {
  name: string;
  coinr: string;
  description: string;
  aggregate(input: AggregateInput): Float64Array;
  /**
   * True when, with these parameters, each unit's result reads only that unit's children (no
   * column statistic), so a unit gives the same result whatever the other units hold.
   */
  unitWise?: (params: AggregationParams) => boolean;
}
