import { ScoringError } from '@smartcities/core';
import { misfit } from './scored.ts';
import { ApiProblem } from './problem.ts';

/** Runs an analysis, turning a scenario or spec that does not fit the data into a 422 problem. */
export function analysed<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ScoringError) throw misfit(error.issues, 422);
    throw error;
  }
}

/** A 422 for an analysis asking for more work than the API's cap (the CLI has none). */
export function overCap(path: string, asked: number, cap: number): ApiProblem {
  const message = `${path.split('.').pop()} is capped at ${cap} in the API, got ${asked}; run larger analyses with the CLI`;
  return new ApiProblem(422, 'over-cap', message, { errors: [{ path, message, code: 'over-cap' }] });
}
