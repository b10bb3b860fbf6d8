import { reputation, type Reputation } from '@smartcities/core';
import { edition } from '../edition';
import { defaultResult } from './default-result';

let cached: Reputation | undefined;

/** The "+1" reputation comparison against the report's ranking, computed once per server. */
export function defaultReputation(): Reputation {
  cached ??= reputation(edition.papers, defaultResult());
  return cached;
}
