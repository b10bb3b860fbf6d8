import { score, type ScoreResult } from '@smartcities/core';
import { edition } from '../edition';

let cached: ScoreResult | undefined;

/** The report's own ranking (the default scenario on the 2020 edition), computed once per server. */
export function defaultResult(): ScoreResult {
  cached ??= score(edition.dataset);
  return cached;
}
