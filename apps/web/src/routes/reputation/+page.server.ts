import { publishedReputation } from '@smartcities/core';
import { edition } from '$lib/edition';
import { defaultReputation } from '$lib/server/default-reputation';
import { defaultResult } from '$lib/server/default-result';
import { defaultVerification } from '$lib/server/default-verification';

/** The "+1" reference index: papers per city against the smart rank, with rank correlations, and table 2-6 as printed. */
export function load() {
  return {
    reputation: defaultReputation(),
    /** Table 2-6 as printed, each figure with its verification status (the page is the report's method). */
    published: publishedReputation(defaultVerification()),
    cities: edition.cities.map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    provenance: defaultResult().provenance,
  };
}
