import { edition } from '$lib/edition';
import { defaultReputation } from '$lib/server/default-reputation';
import { defaultResult } from '$lib/server/default-result';

/** The "+1" reference index: papers per city against the smart rank, with rank correlations. */
export function load() {
  return {
    reputation: defaultReputation(),
    cities: edition.cities.map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    provenance: defaultResult().provenance,
  };
}
