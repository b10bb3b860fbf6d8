import { ScoringError } from '@smartcities/core';
import { misfit } from './scored.ts';

/** Runs an analysis, turning a scenario or spec that does not fit the data into a 422 problem. */
export function analysed<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringError) throw misfit(error.issues, 422);
    throw error;
  }
}
