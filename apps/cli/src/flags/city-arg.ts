import { unknownName, type ScoreResult } from '@smartcities/core/engine';
import { CLIError } from '../cli-error.ts';

/**
 * Checks a city id against the scored units; an unknown id fails with a did-you-mean.
 * @example cityArg('londn', result) // throws: unknown city "londn"; did you mean "london"? …
 */
export function cityArg(id: string, result: ScoreResult): string {
  if (result.unitIds.includes(id)) return id;
  throw new CLIError(unknownName('city', id, result.unitIds), 2);
}
