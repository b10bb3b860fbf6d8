import { uncertaintySpecSchema } from '@smartcities/core/analysis';
import { UNCERTAINTY_RUNS, UNCERTAINTY_SEED, WEIGHT_NOISE } from './uncertainty-settings';

export { UNCERTAINTY_RUNS, UNCERTAINTY_SEED, WEIGHT_NOISE };

/**
 * The uncertainty analysis behind the rank intervals: every weight varies by up to ±25%, seeded.
 * Parsed with zod, so only server code imports it; pages take the plain settings from
 * `uncertainty-settings.ts` and keep zod out of their bundles.
 */
export const uncertaintySpec = uncertaintySpecSchema.parse({
  runs: UNCERTAINTY_RUNS,
  seed: UNCERTAINTY_SEED,
  weightNoise: { pillars: WEIGHT_NOISE, indicators: WEIGHT_NOISE },
});
