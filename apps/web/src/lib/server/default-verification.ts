import { verify, type Verification } from '@smartcities/core';
import { printedAliases } from '@smartcities/data/editions/2020';
import { edition } from '../edition';

let cached: Verification | undefined;

/** The replication report of the edition (every published cell recomputed), once per server. */
export function defaultVerification(): Verification {
  cached ??= verify({ ...edition, aliases: printedAliases });
  return cached;
}
