/** Monte Carlo runs behind the explorer's rank intervals: stable 5th-95th percentiles, fast in a worker. */
export const UNCERTAINTY_RUNS = 500;

/** The fixed seed, so that every visitor sees the same intervals. */
export const UNCERTAINTY_SEED = 2020;

/** How much each pillar and indicator weight varies in the analysis: ±25%. */
export const WEIGHT_NOISE = 0.25;
