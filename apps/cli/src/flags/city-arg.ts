import { lookupCity, type ScoreResult } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { CLIError } from '../cli-error.ts';

/**
 * The id of the city a user named: by id, English or Chinese name, or a printed alias ("Bombay"),
 * ignoring case and spaces (core's `lookupCity`); an unknown name fails with a did-you-mean.
 * @example cityArg('hong kong', result) // 'hong-kong'
 */
export function cityArg(query: string, result: ScoreResult): string {
  const found = lookupCity(query, edition2020.cities, edition2020.aliases);
  if (!found.ok) throw new CLIError(found.message, 2);
  if (!result.unitIds.includes(found.id))
    throw new CLIError(`city "${query}" (${found.id}) is not among the scored cities`, 2);
  return found.id;
}
