import { uncertaintySpecSchema } from '@smartcities/core/analysis';

/** Monte Carlo runs of the explorer's rank intervals: enough for stable 5th-95th percentiles, fast in a worker. */
export const UNCERTAINTY_RUNS = 500;

/** The fixed seed, so that every visitor and the CLI see the same intervals. */
export const UNCERTAINTY_SEED = 2020;

/** The uncertainty analysis behind the rank intervals, with the engine's default perturbations. */
export const uncertaintySpec = uncertaintySpecSchema.parse({ runs: UNCERTAINTY_RUNS, seed: UNCERTAINTY_SEED });
